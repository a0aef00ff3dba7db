using Polku.Domain.Common;

namespace Polku.Domain.Decisions;

public enum DispatchStatus
{
    /// <summary>In the outbox, written with the order to deliver; not yet handed to its channel.</summary>
    Queued,

    /// <summary>A letter waiting in the print batch.</summary>
    AwaitingPrint,

    /// <summary>Posted, handed over or sent: the decision is delivered from this day.</summary>
    Sent,

    /// <summary>The channel could not take it; the decision is delivered another way.</summary>
    Failed,
}

/// <summary>What happened to a dispatch, in order: kept so the client's receipt can be shown if disputed.</summary>
public sealed record DispatchEvent(DateTimeOffset At, string Kind, string Detail = "");

/// <summary>
/// An order to deliver a signed decision through one channel (a letter in the print batch, in person, an electronic
/// channel such as Suomi.fi Messages). Written in the same transaction as the order, so nothing ordered is lost; the
/// channel then moves it on and each step is an event.
/// </summary>
public sealed class DecisionDispatch : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DecisionId { get; init; }

    public Guid OrganisationId { get; init; }

    public DeliveryMethod Method { get; init; }

    public DispatchStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid OrderedById { get; init; }

    public DateOnly? SentOn { get; private set; }

    public int Attempts { get; private set; }

    public List<DispatchEvent> Events { get; private set; } = [];

    public int Version { get; set; }

    public bool IsOpen => Status is DispatchStatus.Queued or DispatchStatus.AwaitingPrint;

    public static DecisionDispatch Order(Decision decision, DeliveryMethod method, Guid userId, DateTimeOffset now) => new()
    {
        DecisionId = decision.Id,
        OrganisationId = decision.OrganisationId,
        Method = method,
        OrderedById = userId,
        CreatedAt = now,
        Events = [new DispatchEvent(now, "Queued")],
    };

    public void AwaitPrint(DateTimeOffset now) => Move(DispatchStatus.AwaitingPrint, now, "AddedToPrintBatch");

    public void Sent(DateOnly sentOn, DateTimeOffset now, string detail = "")
    {
        Move(DispatchStatus.Sent, now, "Sent", detail);
        SentOn = sentOn;
    }

    public void Fail(DateTimeOffset now, string detail)
    {
        Attempts++;
        Move(DispatchStatus.Failed, now, "Failed", detail);
    }

    private void Move(DispatchStatus status, DateTimeOffset now, string kind, string detail = "")
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("A dispatch that was sent or failed does not move on.");
        }

        Status = status;
        Events = [.. Events, new DispatchEvent(now, kind, detail)];
    }
}
