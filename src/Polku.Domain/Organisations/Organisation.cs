using Polku.Domain.Common;

namespace Polku.Domain.Organisations;

public enum OrganisationKind
{
    Municipality,
    WellbeingServicesCounty,
    ServiceProvider,
}

/// <summary>
/// A municipality or wellbeing services county that arranges services, or a provider it buys from.
/// One instance may host several, so everything that belongs to one carries its id.
/// </summary>
public sealed class Organisation : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Statistics Finland municipality code (e.g. 905 Vaasa), county code, or business id for a provider.</summary>
    public required string Code { get; set; }

    public required LocalizedName Name { get; set; }

    public OrganisationKind Kind { get; set; }

    /// <summary>Official languages, first the majority language ("fi", "sv").</summary>
    public List<string> Languages { get; set; } = ["fi"];

    /// <summary>
    /// Working days to start a service-need assessment for people outside the § 36 special groups
    /// ("without undue delay"); 7 unless the organisation decides otherwise.
    /// </summary>
    public int AssessmentTargetWorkingDays { get; set; } = 7;

    /// <summary>At most this many months from a plan's agreement or review to the next review (the default too).</summary>
    public int PlanReviewMaxMonths { get; set; } = 6;

    /// <summary>The records plan's process class (TOS / SÄHKE2 code) for each document type, by the type's name.</summary>
    public Dictionary<string, string> RecordsPlanClasses { get; set; } = [];

    /// <summary>How widely workers see the organisation's clients: by service task (national default) or by team.</summary>
    public Access.AccessPolicy AccessPolicy { get; set; }

    /// <summary>A county's municipalities that may override its rules (a client's area is their municipality).</summary>
    public List<OrganisationArea> Areas { get; set; } = [];

    public int Version { get; set; }

    public List<Unit> Units { get; init; } = [];
}

/// <summary>An area of an organisation: a municipality of a county, by its Statistics Finland code.</summary>
public sealed record OrganisationArea(string Code, LocalizedName Name);
