namespace Polku.Domain.Calendar;

/// <summary>Working-day arithmetic for statutory deadlines: Monday to Friday, Finnish holidays excluded.</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !FinnishHolidays.IsHoliday(date);

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after <paramref name="start"/>; the start day itself is never counted
    /// (the day a matter became pending is not counted). workingDays must be >= 0; 0 returns start. A count that would run
    /// past the last date the calendar has ends on <see cref="DateOnly.MaxValue"/>.
    /// </summary>
    public static DateOnly Add(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);

        var date = start;
        for (var left = workingDays; left > 0 && date < DateOnly.MaxValue;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when equal;
    /// negative (counting the same way backwards) when to &lt; from.
    /// </summary>
    /// <remarks>
    /// Backwards means <c>Between(from, to) == -Between(to, from)</c>, so counts add up over consecutive
    /// ranges and <c>Between(d, Add(d, n)) == n</c> (short of the end of the calendar, where Add stops).
    /// </remarks>
    public static int Between(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -Between(to, from);
        }

        var count = 0;
        for (var date = from; date < to;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The deadline rule of the Administrative Procedure Act: a deadline that ends on a Saturday, Sunday or holiday
    /// moves to the next working day. (The last date of the calendar, 31.12.9999, is a Friday and a working day.)
    /// </summary>
    public static DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
