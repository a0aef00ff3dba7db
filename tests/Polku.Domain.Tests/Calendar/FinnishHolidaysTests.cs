using Polku.Domain.Calendar;

namespace Polku.Domain.Tests.Calendar;

public sealed class FinnishHolidaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2038, 4, 25)] // latest possible
    [InlineData(2285, 3, 22)] // earliest possible
    public void Easter_sunday_follows_the_gregorian_computus(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), FinnishHolidays.EasterSunday(year));

    [Fact]
    public void Easter_is_always_a_sunday_between_22_march_and_25_april()
    {
        for (var year = 1583; year <= 9999; year++)
        {
            var easter = FinnishHolidays.EasterSunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Fact]
    public void Easter_before_the_gregorian_calendar_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FinnishHolidays.EasterSunday(1582));

    [Fact]
    public void Every_year_of_the_calendar_has_its_holidays_without_throwing()
    {
        for (var year = DateOnly.MinValue.Year; year <= DateOnly.MaxValue.Year; year++)
        {
            var holidays = FinnishHolidays.In(year);
            Assert.All(holidays, day => Assert.Equal(year, day.Year));
            Assert.Contains(new DateOnly(year, 12, 6), holidays);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(1582)]
    public void Years_before_the_gregorian_computus_have_only_the_fixed_holidays(int year)
    {
        var midsummerEve = FinnishHolidays.In(year).Single(d => d.Month == 6 && d.DayOfWeek == DayOfWeek.Friday);
        DateOnly[] expected =
        [
            new(year, 1, 1), new(year, 1, 6), new(year, 5, 1), midsummerEve, midsummerEve.AddDays(1),
            FinnishHolidays.In(year).Single(d => d.Month is 10 or 11 && d.DayOfWeek == DayOfWeek.Saturday),
            new(year, 12, 6), new(year, 12, 24), new(year, 12, 25), new(year, 12, 26),
        ];
        Assert.Equal(expected, FinnishHolidays.In(year));
    }

    [Fact]
    public void The_first_gregorian_year_has_easter() =>
        Assert.Contains(FinnishHolidays.EasterSunday(1583), FinnishHolidays.In(1583));

    [Fact]
    public void The_first_and_last_dates_of_the_calendar_have_an_answer()
    {
        Assert.True(FinnishHolidays.IsHoliday(DateOnly.MinValue)); // New Year's Day of year 1
        Assert.False(FinnishHolidays.IsHoliday(DateOnly.MaxValue)); // 31.12.9999
        Assert.True(FinnishHolidays.IsHoliday(new DateOnly(9999, 12, 25)));
    }

    [Fact]
    public void Holidays_of_2026()
    {
        DateOnly[] expected =
        [
            new(2026, 1, 1),
            new(2026, 1, 6),
            new(2026, 4, 3),   // Good Friday
            new(2026, 4, 5),   // Easter Sunday
            new(2026, 4, 6),   // Easter Monday
            new(2026, 5, 1),
            new(2026, 5, 14),  // Ascension Day
            new(2026, 5, 24),  // Pentecost
            new(2026, 6, 19),  // Midsummer Eve
            new(2026, 6, 20),  // Midsummer Day
            new(2026, 10, 31), // All Saints' Day
            new(2026, 12, 6),
            new(2026, 12, 24),
            new(2026, 12, 25),
            new(2026, 12, 26),
        ];

        Assert.Equal(expected, FinnishHolidays.In(2026));
    }

    [Theory]
    [InlineData(2025, 4, 18)] // Good Friday
    [InlineData(2025, 4, 21)] // Easter Monday
    [InlineData(2026, 5, 14)] // Ascension Day, Thursday
    [InlineData(2026, 5, 24)] // Pentecost, Sunday
    [InlineData(2026, 6, 19)] // Midsummer Eve, Friday
    [InlineData(2026, 6, 20)] // Midsummer Day, Saturday
    [InlineData(2026, 10, 31)] // All Saints' Day, Saturday
    [InlineData(2027, 11, 6)] // All Saints' Day, Saturday
    [InlineData(2027, 1, 6)]
    [InlineData(2026, 5, 1)]
    [InlineData(2027, 12, 6)]
    [InlineData(2026, 12, 24)]
    public void Is_a_holiday(int year, int month, int day) =>
        Assert.True(FinnishHolidays.IsHoliday(new DateOnly(year, month, day)));

    [Theory]
    [InlineData(2025, 4, 17)] // Maundy Thursday
    [InlineData(2025, 4, 22)]
    [InlineData(2026, 6, 18)]
    [InlineData(2026, 6, 21)]
    [InlineData(2026, 11, 1)]
    [InlineData(2026, 12, 31)]
    [InlineData(2026, 12, 27)]
    public void Is_not_a_holiday(int year, int month, int day) =>
        Assert.False(FinnishHolidays.IsHoliday(new DateOnly(year, month, day)));

    [Fact]
    public void Moving_holidays_fall_on_their_weekday_and_window()
    {
        for (var year = 1900; year <= 2200; year++)
        {
            var holidays = FinnishHolidays.In(year);
            var easter = FinnishHolidays.EasterSunday(year);

            Assert.Contains(easter.AddDays(-2), holidays);
            Assert.Contains(easter.AddDays(1), holidays);
            Assert.Equal(DayOfWeek.Thursday, Assert.Single(holidays, d => d == easter.AddDays(39)).DayOfWeek);
            Assert.Equal(DayOfWeek.Sunday, Assert.Single(holidays, d => d == easter.AddDays(49)).DayOfWeek);

            var midsummer = holidays.Where(d => d.Month == 6 && d.Day >= 19).ToArray(); // Pentecost can be in early June
            Assert.Equal(2, midsummer.Length);
            Assert.Equal(DayOfWeek.Friday, midsummer[0].DayOfWeek);
            Assert.InRange(midsummer[0].Day, 19, 25);
            Assert.Equal(midsummer[0].AddDays(1), midsummer[1]);

            var allSaints = Assert.Single(holidays, d => d.Month is 10 or 11);
            Assert.Equal(DayOfWeek.Saturday, allSaints.DayOfWeek);
            Assert.InRange(allSaints, new DateOnly(year, 10, 31), new DateOnly(year, 11, 6));
        }
    }

    [Fact]
    public void Holidays_are_sorted_and_distinct()
    {
        for (var year = 1900; year <= 2200; year++)
        {
            var holidays = FinnishHolidays.In(year);
            Assert.Equal(holidays.Order(), holidays);
            Assert.Equal(holidays.Distinct().Count(), holidays.Count);
        }
    }

    [Fact]
    public void Ascension_day_on_1_may_is_listed_once()
    {
        var holidays = FinnishHolidays.In(2008);

        Assert.Equal(14, holidays.Count);
        Assert.Single(holidays, new DateOnly(2008, 5, 1));
    }

    [Fact]
    public void Is_holiday_agrees_with_the_list_over_a_year()
    {
        var holidays = FinnishHolidays.In(2027);
        for (var date = new DateOnly(2027, 1, 1); date.Year == 2027; date = date.AddDays(1))
        {
            Assert.Equal(holidays.Contains(date), FinnishHolidays.IsHoliday(date));
        }
    }

    [Fact]
    public void The_list_cannot_be_changed_by_a_caller()
    {
        var holidays = (IList<DateOnly>)FinnishHolidays.In(2026);

        Assert.Throws<NotSupportedException>(() => holidays[0] = new DateOnly(2026, 2, 2));
        Assert.False(FinnishHolidays.IsHoliday(new DateOnly(2026, 2, 2)));
    }

    [Fact]
    public void Is_holiday_is_safe_to_call_from_many_threads()
    {
        var counts = new int[400];
        Parallel.For(0, counts.Length, i =>
        {
            var year = 1900 + (i % 200);
            for (var date = new DateOnly(year, 1, 1); date.Year == year; date = date.AddDays(1))
            {
                if (FinnishHolidays.IsHoliday(date))
                {
                    counts[i]++;
                }
            }
        });

        for (var i = 0; i < counts.Length; i++)
        {
            Assert.Equal(FinnishHolidays.In(1900 + (i % 200)).Count, counts[i]);
        }
    }
}
