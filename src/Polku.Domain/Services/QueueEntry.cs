namespace Polku.Domain.Services;

/// <summary>Where a client stands on a service's waiting list.</summary>
public enum QueueStatus
{
    /// <summary>In the queue, no place offered yet.</summary>
    Waiting,

    /// <summary>A place is offered but not yet taken up; the client still waits, and still counts as waiting.</summary>
    Offered,

    /// <summary>The service started; the wait is over. Final.</summary>
    Started,

    /// <summary>Left the queue without starting (declined, moved away, no longer needed). Final.</summary>
    Withdrawn,
}

/// <summary>
/// A client's place on a service's waiting list (jono). The queue is ordered by <see cref="QueueRules.Order"/>, and
/// the waiting times it yields are reported, so the dates that start and end a wait are kept.
/// </summary>
public sealed class QueueEntry : Common.IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    /// <summary>The decision the client queues on, when one is made; a client may also queue before it.</summary>
    public Guid? DecisionId { get; init; }

    public Guid AddedById { get; init; }

    public Guid ClientId { get; init; }

    public Guid ServiceId { get; init; }

    public DateOnly JoinedOn { get; init; }

    /// <summary>An urgent client goes ahead of everyone who is not.</summary>
    public bool Urgent { get; set; }

    public QueueStatus Status { get; private set; }

    public DateOnly? OfferedOn { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    /// <summary>Still in the queue: waiting, or offered a place not yet taken up.</summary>
    public int Version { get; set; }

    public bool IsWaiting => Status is QueueStatus.Waiting or QueueStatus.Offered;

    public static QueueEntry Join(Guid clientId, Guid serviceId, DateOnly on, bool urgent = false, Guid organisationId = default, Guid? decisionId = null, Guid addedById = default) =>
        new() { ClientId = clientId, ServiceId = serviceId, JoinedOn = on, Urgent = urgent, OrganisationId = organisationId, DecisionId = decisionId, AddedById = addedById };

    public void Offer(DateOnly on)
    {
        EnsureWaiting(on);
        Status = QueueStatus.Offered;
        OfferedOn = on;
    }

    public void Start(DateOnly on)
    {
        EnsureWaiting(on);
        Status = QueueStatus.Started;
        StartedOn = on;
    }

    public void Withdraw(DateOnly on)
    {
        EnsureWaiting(on);
        Status = QueueStatus.Withdrawn;
        WithdrawnOn = on;
    }

    private void EnsureWaiting(DateOnly on)
    {
        if (!IsWaiting)
        {
            throw new InvalidOperationException("Only an entry still in the queue moves on; a started or withdrawn one is final.");
        }

        if (on < JoinedOn)
        {
            throw new ArgumentOutOfRangeException(nameof(on), on, "Nothing happens to an entry before it joined the queue.");
        }
    }
}
