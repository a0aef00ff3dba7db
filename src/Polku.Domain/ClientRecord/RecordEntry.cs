namespace Polku.Domain.ClientRecord;

public enum EntryKind
{
    Contact,
    PhoneCall,
    HomeVisit,
    GoingAlong,

    /// <summary>Guidance to a low-threshold group of the city's own units: noted here, no decision needed.</summary>
    GuidanceToLowThresholdGroup,
    NetworkMeeting,
    Note,
}

/// <summary>An entry in the client record (asiakaskertomus). Written once; a correction is a new entry.</summary>
public sealed class RecordEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid ClientId { get; init; }

    public EntryKind Kind { get; init; }

    public DateOnly OccurredOn { get; init; }

    /// <summary>Time spent, for the worker's own follow-up and the unit's statistics.</summary>
    public int Minutes { get; init; }

    public required string Text { get; init; }

    public Guid AuthorId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
