namespace Polku.Domain.Services;

public enum QueueProblemKind
{
    /// <summary>The client's age is outside the service's age range (a youth workshop for 18–29).</summary>
    OutsideAgeRange,

    /// <summary>The client already waits for this service; one place in a queue is enough.</summary>
    AlreadyInQueue,
}

/// <summary>Why a client cannot join a queue; an age problem carries the range, so the refusal can name it.</summary>
public sealed record QueueProblem(QueueProblemKind Kind, int? MinAge = null, int? MaxAge = null);

/// <summary>Waiting times, in days: of those in the queue now, and of those whose service started within the period.</summary>
public sealed record QueueStatistics(int WaitingCount, double? WaitingMedianDays, int? WaitingLongestDays, int StartedCount, double? StartedMedianDays, int? StartedLongestDays);

/// <summary>
/// The order of a waiting list and the waiting times reported from it. Order is by need first, then fairness (who
/// came first), then the id, so two workers never see the same queue in different orders. Pure.
/// </summary>
public static class QueueRules
{
    /// <summary>Those still in the queue, in turn: urgent first, then by the day they joined, then by id.</summary>
    public static IReadOnlyList<QueueEntry> Order(IEnumerable<QueueEntry> entries) =>
        [.. entries.Where(e => e.IsWaiting).OrderByDescending(e => e.Urgent).ThenBy(e => e.JoinedOn).ThenBy(e => e.Id)];

    /// <summary>The entry's place in the queue, from 1; null when it is not (or no longer) in it.</summary>
    public static int? PlaceOf(IEnumerable<QueueEntry> entries, Guid entryId)
    {
        var ordered = Order(entries);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Id == entryId)
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>Days waited: until the service started or the client withdrew, else until today.</summary>
    public static int DaysWaited(QueueEntry entry, DateOnly today)
    {
        var until = entry.StartedOn ?? entry.WithdrawnOn ?? today;
        return until.DayNumber - entry.JoinedOn.DayNumber;
    }

    /// <summary>
    /// The median and longest waits of those waiting on <paramref name="today"/>, and of those whose service started on
    /// or after <paramref name="since"/> (up to today). A withdrawn client is in neither: their wait did not end in a service.
    /// </summary>
    public static QueueStatistics Statistics(IEnumerable<QueueEntry> entries, DateOnly today, DateOnly since)
    {
        var list = entries.ToList();
        var waiting = list.Where(e => e.IsWaiting && e.JoinedOn <= today).Select(e => DaysWaited(e, today)).ToList();
        var started = list.Where(e => e is { Status: QueueStatus.Started, StartedOn: { } s } && s >= since && s <= today).Select(e => DaysWaited(e, today)).ToList();
        return new(waiting.Count, Median(waiting), waiting.Count > 0 ? waiting.Max() : null, started.Count, Median(started), started.Count > 0 ? started.Max() : null);
    }

    /// <summary>The middle value; with an even count, the mean of the two middle values. Null when there are none.</summary>
    public static double? Median(IReadOnlyCollection<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /// <summary>Whether a client may join: within the service's age range (either end may be open, both inclusive), and not already waiting.</summary>
    public static IReadOnlyList<QueueProblem> CheckJoin(int age, int? minAge, int? maxAge, bool alreadyWaiting)
    {
        var problems = new List<QueueProblem>();
        if ((minAge is { } min && age < min) || (maxAge is { } max && age > max))
        {
            problems.Add(new(QueueProblemKind.OutsideAgeRange, minAge, maxAge));
        }

        if (alreadyWaiting)
        {
            problems.Add(new(QueueProblemKind.AlreadyInQueue));
        }

        return problems;
    }
}
