namespace Polku.Domain.Services;

/// <summary>
/// A notice to a provider (an e-mail), kept in an outbox until sent, so nothing is lost when the app restarts. One
/// notice per commitment and kind: the warning is written once however many times or nodes the job runs.
/// </summary>
public sealed class ProviderNotice
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid ProviderId { get; init; }

    public Guid? CommitmentId { get; init; }

    /// <summary>What the notice is about, e.g. "commitment-ending".</summary>
    public required string Kind { get; init; }

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>A node that claimed the notice holds it until then; after that another may take it.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string LastError { get; set; } = "";
}

/// <summary>One run of a scheduled job for one slot (e.g. a day): its row is claimed once, by one node.</summary>
public sealed class JobRun
{
    public required string Job { get; init; }

    public required string Slot { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public string Node { get; init; } = "";
}
