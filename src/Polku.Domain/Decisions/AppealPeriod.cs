using Polku.Domain.Calendar;

namespace Polku.Domain.Decisions;

/// <summary>
/// When a decision counts as received and by when the client may request its rectification (oikaisuvaatimus):
/// HL 434/2003 §§ 49c and 59, Act 13/2003 § 19 and Act 150/1930 on computing statutory time limits.
/// </summary>
public static class AppealPeriod
{
    /// <summary>HL § 49c: a request for rectification is made within 30 days of notification.</summary>
    public const int RectificationDays = 30;

    public const int LetterDays = 7;

    public const int ElectronicDays = 3;

    /// <summary>
    /// The day the client is deemed to have received a decision sent on <paramref name="sentOn"/>. The day is never moved
    /// off a weekend or holiday: HL § 59 and Act 13/2003 § 19 presume when the client learned of the decision, and
    /// Act 150/1930 § 5 moves only the last day of a time limit. Both are presumptions "unless otherwise shown": when
    /// the actual day of receipt is proven, count the deadline from that day instead.
    /// </summary>
    public static DateOnly DeemedReceived(DeliveryMethod method, DateOnly sentOn) => method switch
    {
        DeliveryMethod.Letter => sentOn.AddDays(LetterDays),
        DeliveryMethod.Electronic => sentOn.AddDays(ElectronicDays),
        DeliveryMethod.InPerson => sentOn,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown delivery method."),
    };

    /// <summary>
    /// The last day to request rectification. The day of receipt is not counted (Act 150/1930 § 2), so the period ends
    /// <paramref name="days"/> days after it; a period ending on a Saturday, Sunday, holiday, Midsummer Eve or Christmas
    /// Eve moves to the next working day (§ 5); <see cref="FinnishHolidays"/> holds both eves, so the working-day calendar follows § 5 as it stands.
    /// </summary>
    public static DateOnly RectificationDeadline(DateOnly receivedOn, int days = RectificationDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return WorkingDays.NextWorkingDayOnOrAfter(receivedOn.AddDays(days));
    }

    /// <summary>A request that arrives after the last day is late; one on the last day is in time.</summary>
    public static bool IsLate(DateOnly requestReceivedOn, DateOnly deadline) => requestReceivedOn > deadline;
}

/// <summary>A delivered decision's appeal dates, as printed on it and checked against a request for rectification.</summary>
public sealed record AppealDates(DateOnly SentOn, DeliveryMethod Method, DateOnly DeemedReceivedOn, DateOnly RectificationDeadline)
{
    public static AppealDates For(DeliveryMethod method, DateOnly sentOn, int days = AppealPeriod.RectificationDays)
    {
        var received = AppealPeriod.DeemedReceived(method, sentOn);
        return new AppealDates(sentOn, method, received, AppealPeriod.RectificationDeadline(received, days));
    }
}
