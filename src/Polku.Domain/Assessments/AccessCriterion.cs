using Polku.Domain.Common;

namespace Polku.Domain.Assessments;

public enum CriterionKind
{
    /// <summary>Must hold for the person to be eligible.</summary>
    Required,

    /// <summary>At least one of the organisation's "any" criteria must hold.</summary>
    AnyOf,

    /// <summary>When it holds, the criterion named in <see cref="AccessCriterion.RequiresCode"/> must hold too.</summary>
    Condition,

    /// <summary>Recorded for the record; decides nothing on its own.</summary>
    Information,
}

/// <summary>
/// One item of an organisation's access criteria for social rehabilitation (domain.md § How the regions differ):
/// configuration as data, so each region's rule is a list, not code.
/// </summary>
public sealed class AccessCriterion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public required string Code { get; init; }

    public required LocalizedName Name { get; set; }

    public CriterionKind Kind { get; set; }

    public string? RequiresCode { get; set; }

    public int SortOrder { get; set; }

    /// <summary>A retired criterion is not offered or evaluated any more; completed assessments keep showing it.</summary>
    public bool Active { get; set; } = true;
}
