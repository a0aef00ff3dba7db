namespace Polku.Domain.Audit;

public enum AuditOutcome
{
    Success,
    Denied,
    Failed,
}

/// <summary>
/// One processing of personal data: who, when, which action, on whom, for which service task, with what outcome.
/// Append-only; never holds free text or identity codes.
/// </summary>
public sealed class AuditEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The employee who acted; null for an anonymous attempt.</summary>
    public Guid? UserId { get; init; }

    public Guid? OrganisationId { get; init; }

    public required string Action { get; init; }

    public string? ServiceTaskCode { get; init; }

    public AuditOutcome Outcome { get; init; }

    /// <summary>Correlates with the structured request log.</summary>
    public string? RequestId { get; init; }

    public List<AuditSubject> Subjects { get; init; } = [];
}

/// <summary>A person whose data the event touched; indexed so a person's own request can be answered.</summary>
public sealed class AuditSubject
{
    public Guid AuditEventId { get; init; }

    /// <summary>The event's time, repeated so the subjects are stored by month beside their events.</summary>
    public DateTimeOffset OccurredAt { get; init; }

    public Guid PersonId { get; init; }
}
