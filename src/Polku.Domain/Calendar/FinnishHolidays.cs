using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace Polku.Domain.Calendar;

/// <summary>
/// Finnish public holidays and the eves that are days off in practice, for working-day arithmetic.
/// The current rules (in force since 1991) are applied to every year. Every <see cref="DateOnly"/> has an answer:
/// years before the Gregorian computus (1583) have only the holidays on fixed dates and weekdays, none from Easter.
/// </summary>
public static class FinnishHolidays
{
    private const int FirstGregorianYear = 1583;

    // Each year is computed once; holidays are looked up for every day a deadline is counted over.
    private static readonly ConcurrentDictionary<int, Year> Years = new();

    /// <summary>Easter Sunday by the Gregorian computus (the anonymous algorithm as given by Meeus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstGregorianYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);

        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The holidays of a year, sorted and distinct (Ascension Day can fall on 1 May, as in 2008).</summary>
    public static IReadOnlyList<DateOnly> In(int year) => Of(year).Sorted;

    public static bool IsHoliday(DateOnly date) => Of(date.Year).Set.Contains(date);

    private static Year Of(int year) => Years.GetOrAdd(year, Compute);

    private static Year Compute(int year)
    {
        var midsummerEve = First(DayOfWeek.Friday, new DateOnly(year, 6, 19));
        DateOnly[] days =
        [
            new(year, 1, 1),
            new(year, 1, 6),
            new(year, 5, 1),
            midsummerEve,
            midsummerEve.AddDays(1),
            First(DayOfWeek.Saturday, new DateOnly(year, 10, 31)),
            new(year, 12, 6),
            new(year, 12, 24),
            new(year, 12, 25),
            new(year, 12, 26),
            .. MovableFeasts(year),
        ];
        var sorted = days.Distinct().Order().ToArray();
        return new Year(Array.AsReadOnly(sorted), sorted.ToFrozenSet());
    }

    /// <summary>Good Friday, Easter Sunday and Monday, Ascension Day and Whitsun; none before there is a Gregorian Easter.</summary>
    private static DateOnly[] MovableFeasts(int year)
    {
        if (year < FirstGregorianYear)
        {
            return [];
        }

        var easter = EasterSunday(year);
        return [easter.AddDays(-2), easter, easter.AddDays(1), easter.AddDays(39), easter.AddDays(49)];
    }

    private static DateOnly First(DayOfWeek dayOfWeek, DateOnly onOrAfter) =>
        onOrAfter.AddDays(((int)dayOfWeek - (int)onOrAfter.DayOfWeek + 7) % 7);

    private sealed record Year(ReadOnlyCollection<DateOnly> Sorted, FrozenSet<DateOnly> Set);
}
