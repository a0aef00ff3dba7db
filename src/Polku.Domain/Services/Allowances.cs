namespace Polku.Domain.Services;

/// <summary>One member's allowances for a month: days attended, the activity money they earn and the travel card.</summary>
public sealed record AllowanceLine(Guid ClientId, int DaysAttended, decimal ActivityMoney, bool TravelCard)
{
    /// <summary>The sessions attended in the month; the travel card counts these, the money counts days.</summary>
    public int SessionsAttended { get; init; }
}

/// <summary>A month's allowances of a group: each member's line and the totals to pay.</summary>
public sealed record AllowanceMonth(IReadOnlyList<AllowanceLine> Lines, int DaysAttended, decimal ActivityMoney, int TravelCards)
{
    public static AllowanceMonth Of(IReadOnlyList<AllowanceLine> lines) =>
        new(lines, lines.Sum(l => l.DaysAttended), lines.Sum(l => l.ActivityMoney), lines.Count(l => l.TravelCard));
}

/// <summary>
/// The monthly allowances of a group by the organisation's rules: activity money for each day the client attended
/// (two sessions on one day are one day), and a travel card when they attended at least the set number of sessions.
/// Pure.
/// </summary>
public static class Allowances
{
    public static IReadOnlyList<AllowanceLine> ForMonth(ServiceSettings rules, IEnumerable<(Guid ClientId, DateOnly On)> attended)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return attended
            .GroupBy(a => a.ClientId)
            .Select(member => Line(rules, member.Key, member.Select(a => a.On).ToList()))
            .ToList();
    }

    /// <summary>
    /// The list for payment of one month of a group: a line for every member of the group during the month (those who
    /// did not come get nothing), counting only the sessions of that month. A group that pays no allowances, or an
    /// organisation without rules for them, pays nothing: the list is empty.
    /// </summary>
    /// <param name="month">Any day of the month.</param>
    public static AllowanceMonth ForMonth(
        ServiceSettings? rules, bool paysAllowances, DateOnly month, IEnumerable<Guid> members, IEnumerable<(Guid ClientId, DateOnly On)> attended)
    {
        if (rules is null || !paysAllowances || (rules.DailyActivityMoney is null && rules.TravelCardMinSessions is null))
        {
            return AllowanceMonth.Of([]);
        }

        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var byMember = attended.Where(a => a.On >= first && a.On <= last).ToLookup(a => a.ClientId, a => a.On);
        var lines = members.Concat(byMember.Select(g => g.Key)).Distinct()
            .Select(id => Line(rules, id, byMember[id].ToList()))
            .ToList();
        return AllowanceMonth.Of(lines);
    }

    private static AllowanceLine Line(ServiceSettings rules, Guid clientId, List<DateOnly> sessions)
    {
        var days = sessions.Distinct().Count();
        return new AllowanceLine(
            clientId,
            days,
            (rules.DailyActivityMoney ?? 0m) * days,
            rules.TravelCardMinSessions is { } minimum && sessions.Count >= minimum)
        {
            SessionsAttended = sessions.Count,
        };
    }
}
