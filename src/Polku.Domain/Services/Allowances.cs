namespace Polku.Domain.Services;

/// <summary>One member's allowances for a month: days attended, the activity money they earn and the travel card.</summary>
public sealed record AllowanceLine(Guid ClientId, int DaysAttended, decimal ActivityMoney, bool TravelCard);

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
            .Select(member =>
            {
                var sessions = member.Count();
                var days = member.Select(a => a.On).Distinct().Count();
                return new AllowanceLine(
                    member.Key,
                    days,
                    (rules.DailyActivityMoney ?? 0m) * days,
                    rules.TravelCardMinSessions is { } minimum && sessions >= minimum);
            })
            .ToList();
    }
}
