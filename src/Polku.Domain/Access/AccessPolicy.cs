namespace Polku.Domain.Access;

/// <summary>How widely an organisation's workers see its clients; configuration with a national default.</summary>
public enum AccessPolicy
{
    /// <summary>Every worker of a service task sees that task's clients — what most municipalities do today.</summary>
    ServiceTask,

    /// <summary>Workers see their own unit's clients and those they are related to; others by stating a reason.</summary>
    Team,
}
