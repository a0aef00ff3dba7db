using Polku.Domain.Common;

namespace Polku.Domain.Instruments;

/// <summary>Who gives the scores. Several raters of one instrument give a 360° view of the same life situation.</summary>
public enum Rater
{
    Client,
    Worker,
    Provider,
}

/// <summary>Where in the client's process a measurement was taken.</summary>
public enum MeasurementStage
{
    Initial,
    FollowUp,
    Final,
}

/// <summary>One step of a scale that has a name of its own (e.g. 1 = "very poorly", 10 = "very well").</summary>
public sealed record ScaleStep(int Value, LocalizedName Label);

/// <summary>
/// One area an instrument scores (housing, finances…): a scale from <see cref="Min"/> to <see cref="Max"/>, whole
/// numbers, and names for the steps that have one (labels are optional per step).
/// </summary>
public sealed record InstrumentDomain(string Code, LocalizedName Name, int Min, int Max, IReadOnlyList<ScaleStep> Labels)
{
    public LocalizedName? LabelOf(int value) => Labels.FirstOrDefault(l => l.Value == value)?.Label;
}

/// <summary>What an administrator writes for an instrument; validated by <see cref="DefinitionRule"/>.</summary>
public sealed record InstrumentContent(LocalizedName Name, bool External, string? Link, IReadOnlyList<Rater> Raters, IReadOnlyList<InstrumentDomain> Domains);

/// <summary>
/// One version of an instrument definition (mittari). Definitions are data: organisation-owned, with national
/// defaults (<see cref="National"/>) like code lists. Versions of one instrument share a <see cref="Key"/>; a version
/// that has measurements is never changed — an edit makes the next version, so every measurement keeps the
/// questions and scales it was scored on. An <see cref="External"/> instrument is licensed by its publisher
/// (Kykyviisari, Outcomes Star): it is only a name and a link, and its measurements hold an overall result.
/// </summary>
public sealed class Instrument : IVersioned
{
    /// <summary>Marks a national default, shared by every organisation that has not made the instrument its own.</summary>
    public static readonly Guid National = Guid.Empty;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    /// <summary>The instrument across its versions, e.g. <c>life-situation-wheel</c>.</summary>
    public required string Key { get; init; }

    /// <summary>1, 2, 3… within the key; the highest one an organisation sees is the one it records new measurements with.</summary>
    public int VersionNumber { get; init; }

    public LocalizedName Name { get; private set; } = new("", "", "");

    public bool External { get; private set; }

    /// <summary>The publisher's page of an external instrument (or the source of an open one).</summary>
    public string? Link { get; private set; }

    public IReadOnlyList<Rater> Raters { get; private set; } = [];

    public IReadOnlyList<InstrumentDomain> Domains { get; private set; } = [];

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The optimistic concurrency token (not the definition's <see cref="VersionNumber"/>).</summary>
    public int Version { get; set; }

    public static Instrument Create(Guid organisationId, string key, int versionNumber, InstrumentContent content, DateTimeOffset at)
    {
        var instrument = new Instrument { OrganisationId = organisationId, Key = key, VersionNumber = versionNumber, CreatedAt = at };
        instrument.Apply(content);
        return instrument;
    }

    /// <summary>Changes this version in place; only for a version of the organisation's own that has no measurements.</summary>
    public void Update(InstrumentContent content) => Apply(content);

    public InstrumentContent Content => new(Name, External, Link, Raters, Domains);

    private void Apply(InstrumentContent content)
    {
        Name = content.Name;
        External = content.External;
        Link = string.IsNullOrWhiteSpace(content.Link) ? null : content.Link.Trim();
        Raters = content.Raters.Distinct().Order().ToList();
        Domains = content.External ? [] : content.Domains.ToList();
    }
}

public enum EditKind
{
    /// <summary>The organisation's own version without measurements: changed where it stands.</summary>
    InPlace,

    /// <summary>A version in use, or a national default: the edit becomes the organisation's next version.</summary>
    NewVersion,
}

/// <summary>How an administrator's edit of an instrument version is saved.</summary>
public static class InstrumentVersioning
{
    public static EditKind Decide(Instrument version, Guid organisationId, bool hasMeasurements) =>
        version.OrganisationId == organisationId && !hasMeasurements ? EditKind.InPlace : EditKind.NewVersion;
}
