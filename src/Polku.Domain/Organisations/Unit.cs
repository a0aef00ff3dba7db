using Polku.Domain.Common;

namespace Polku.Domain.Organisations;

public enum UnitKind
{
    Unit,
    Team,
}

/// <summary>An organisation's own unit or a team inside one.</summary>
public sealed class Unit : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid? ParentUnitId { get; set; }

    public required LocalizedName Name { get; set; }

    public UnitKind Kind { get; set; }

    /// <summary>Who the unit serves, as the field describes it (e.g. "13–24", "25+").</summary>
    public string? TargetGroup { get; set; }

    public int Version { get; set; }
}
