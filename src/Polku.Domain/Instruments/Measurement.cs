namespace Polku.Domain.Instruments;

/// <summary>A score on one domain of the instrument.</summary>
public sealed class DomainScore
{
    public required string Domain { get; init; }

    public int Value { get; init; }
}

/// <summary>
/// A client's measurement with one version of an instrument: who rated, at which stage, on which day, and a score
/// per domain — or, for an external instrument, the overall result and a link to it. Recorded once, never changed.
/// </summary>
public sealed class Measurement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid ClientId { get; init; }

    /// <summary>The instrument version scored, never a later one.</summary>
    public Guid InstrumentId { get; init; }

    public MeasurementStage Stage { get; init; }

    public Rater Rater { get; init; }

    public DateOnly MeasuredOn { get; init; }

    public List<DomainScore> Scores { get; init; } = [];

    /// <summary>An external instrument's overall result, as its own report gives it.</summary>
    public string? Result { get; init; }

    /// <summary>Where an external instrument's full result is kept.</summary>
    public string? Link { get; init; }

    public Guid RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
