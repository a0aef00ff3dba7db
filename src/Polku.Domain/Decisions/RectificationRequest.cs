using Polku.Domain.Common;

namespace Polku.Domain.Decisions;

public enum RectificationOutcome
{
    /// <summary>Not yet handled.</summary>
    Pending,

    /// <summary>The decision is corrected: it is annulled and a new decision made.</summary>
    Rectified,

    /// <summary>The request is rejected on its merits; the client may appeal to the administrative court.</summary>
    Rejected,

    /// <summary>Not examined, e.g. because it came after the last day (HL § 49e; the request is still recorded).</summary>
    Dismissed,
}

/// <summary>
/// A client's request for rectification of a decision (HL 434/2003 § 49 a–g), recorded as it arrives and then handled.
/// A late request is recorded too and flagged, never refused at the door.
/// </summary>
public sealed class RectificationRequest : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DecisionId { get; init; }

    public Guid ClientId { get; init; }

    public DateOnly ReceivedOn { get; init; }

    /// <summary>What the client asks and why, as written or as recorded from what they said.</summary>
    public string Request { get; init; } = "";

    /// <summary>Received after the last day printed on the decision.</summary>
    public bool IsLate { get; init; }

    public Guid RecordedById { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public RectificationOutcome Outcome { get; private set; }

    public DateOnly? HandledOn { get; private set; }

    public string Handling { get; private set; } = "";

    public Guid? HandledById { get; private set; }

    public int Version { get; set; }

    public static RectificationRequest Record(Decision decision, DateOnly receivedOn, string request, Guid userId, DateTimeOffset now) => new()
    {
        DecisionId = decision.Id,
        ClientId = decision.ClientId,
        ReceivedOn = receivedOn,
        Request = request.Trim(),
        IsLate = decision.Appeal is { } appeal && AppealPeriod.IsLate(receivedOn, appeal.RectificationDeadline),
        RecordedById = userId,
        RecordedAt = now,
    };

    public void Handle(RectificationOutcome outcome, string handling, Guid userId, DateOnly today)
    {
        if (outcome == RectificationOutcome.Pending || Outcome != RectificationOutcome.Pending)
        {
            throw new InvalidOperationException("A request is handled once, with an outcome.");
        }

        Outcome = outcome;
        Handling = handling.Trim();
        HandledById = userId;
        HandledOn = today;
    }
}
