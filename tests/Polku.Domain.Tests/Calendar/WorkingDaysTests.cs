using Polku.Domain.Calendar;

namespace Polku.Domain.Tests.Calendar;

public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData(2026, 3, 10, true)]  // Tuesday
    [InlineData(2026, 3, 7, false)]  // Saturday
    [InlineData(2026, 3, 8, false)]  // Sunday
    [InlineData(2026, 5, 1, false)]  // May Day, Friday
    [InlineData(2027, 12, 6, false)] // Independence Day, Monday
    [InlineData(2026, 5, 14, false)] // Ascension Day, Thursday
    [InlineData(2025, 4, 17, true)]  // Maundy Thursday is a working day
    [InlineData(2026, 12, 31, true)] // New Year's Eve is a working day
    public void Working_day_is_a_weekday_that_is_not_a_holiday(int year, int month, int day, bool working) =>
        Assert.Equal(working, WorkingDays.IsWorkingDay(new DateOnly(year, month, day)));

    [Theory]
    [InlineData("2025-04-17", 1, "2025-04-22")] // Good Friday and Easter Monday are skipped
    [InlineData("2025-04-17", 7, "2025-04-30")]
    [InlineData("2026-06-18", 1, "2026-06-22")] // Midsummer Eve 19.6.
    [InlineData("2026-12-23", 1, "2026-12-28")] // Christmas Eve, Christmas Day (Fri), Boxing Day (Sat)
    [InlineData("2026-12-30", 3, "2027-01-05")] // 31.12. (1), New Year's Day, 4.1. (2), 5.1. (3)
    [InlineData("2026-12-31", 2, "2027-01-05")]
    [InlineData("2027-01-04", 2, "2027-01-07")] // Epiphany, Wednesday 6.1.
    [InlineData("2026-04-30", 1, "2026-05-04")] // May Day, Friday
    [InlineData("2026-05-13", 1, "2026-05-15")] // Ascension Day 14.5.
    [InlineData("2027-12-03", 1, "2027-12-07")] // Independence Day, Monday
    [InlineData("2026-03-07", 1, "2026-03-09")] // a Saturday start counts from Monday
    [InlineData("2026-03-07", 5, "2026-03-13")]
    [InlineData("2026-03-08", 1, "2026-03-09")] // so does a Sunday start
    [InlineData("2026-03-10", 0, "2026-03-10")]
    [InlineData("2026-03-07", 0, "2026-03-07")] // zero returns the start even if it is not a working day
    [InlineData("2026-03-09", 14, "2026-03-27")]
    public void Add_counts_working_days_after_the_start(string start, int workingDays, string expected) =>
        Assert.Equal(Day(expected), WorkingDays.Add(Day(start), workingDays));

    [Fact]
    public void Add_refuses_a_negative_count() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(new DateOnly(2026, 3, 10), -1));

    [Theory]
    [InlineData("2025-04-17", "2025-04-30", 7)]
    [InlineData("2025-04-30", "2025-04-17", -7)]
    [InlineData("2026-03-10", "2026-03-10", 0)]
    [InlineData("2026-03-07", "2026-03-08", 0)]  // a weekend
    [InlineData("2026-03-06", "2026-03-09", 1)]  // Friday to Monday
    [InlineData("2026-12-23", "2026-12-28", 1)]
    [InlineData("2025-12-31", "2026-12-31", 252)] // the whole of 2026: 261 weekdays, 9 of them holidays
    public void Between_counts_working_days_after_from_up_to_and_including_to(string from, string to, int expected) =>
        Assert.Equal(expected, WorkingDays.Between(Day(from), Day(to)));

    [Fact]
    public void Between_undoes_add_for_every_start_in_a_year()
    {
        for (var start = new DateOnly(2026, 1, 1); start <= new DateOnly(2027, 1, 10); start = start.AddDays(1))
        {
            for (var n = 0; n <= 15; n++)
            {
                var end = WorkingDays.Add(start, n);

                Assert.Equal(n, WorkingDays.Between(start, end));
                Assert.Equal(-n, WorkingDays.Between(end, start));
                if (n > 0)
                {
                    // The end is a working day and the earliest date that far away.
                    Assert.True(WorkingDays.IsWorkingDay(end));
                    Assert.Equal(n - 1, WorkingDays.Between(start, end.AddDays(-1)));
                }
            }
        }
    }

    [Fact]
    public void Between_adds_up_over_consecutive_ranges()
    {
        var a = new DateOnly(2026, 3, 7);
        for (var b = new DateOnly(2026, 2, 1); b <= new DateOnly(2026, 5, 31); b = b.AddDays(3))
        {
            var c = new DateOnly(2026, 4, 6);
            Assert.Equal(WorkingDays.Between(a, c), WorkingDays.Between(a, b) + WorkingDays.Between(b, c));
        }
    }

    [Theory]
    [InlineData("2026-03-07", "2026-03-09")] // Saturday
    [InlineData("2026-03-08", "2026-03-09")] // Sunday
    [InlineData("2026-12-24", "2026-12-28")] // Christmas Eve, then Christmas Day and a weekend
    [InlineData("2026-04-03", "2026-04-07")] // Good Friday, then Easter and Easter Monday
    [InlineData("2026-06-19", "2026-06-22")] // Midsummer Eve
    [InlineData("2026-03-10", "2026-03-10")] // a working day stays
    [InlineData("2026-12-31", "2026-12-31")]
    public void Deadline_on_a_day_off_moves_to_the_next_working_day(string date, string expected) =>
        Assert.Equal(Day(expected), WorkingDays.NextWorkingDayOnOrAfter(Day(date)));

    [Fact]
    public void Add_stops_at_the_end_of_the_calendar()
    {
        Assert.Equal(DateOnly.MaxValue, WorkingDays.Add(DateOnly.MaxValue, 1));
        Assert.Equal(DateOnly.MaxValue, WorkingDays.Add(new DateOnly(9999, 12, 20), 30));
        Assert.Equal(DateOnly.MaxValue, WorkingDays.Add(DateOnly.MaxValue.AddDays(-400), int.MaxValue));
        Assert.Equal(new DateOnly(9999, 12, 30), WorkingDays.Add(new DateOnly(9999, 12, 28), 2));
    }

    [Theory]
    [InlineData("0001-01-01", 1, "0001-01-02")] // Monday 1.1.1 is New Year's Day; Tuesday counts
    [InlineData("1500-04-01", 10, "1500-04-13")] // no Easter before 1583: Easter week is ordinary
    [InlineData("1582-10-10", 3, "1582-10-13")] // dates of the proleptic calendar, as DateOnly has them
    [InlineData("1899-12-29", 1, "1900-01-02")]
    public void Add_works_before_the_gregorian_computus(string start, int workingDays, string expected) =>
        Assert.Equal(Day(expected), WorkingDays.Add(Day(start), workingDays));

    [Fact]
    public void Between_and_the_deadline_rule_work_at_both_ends_of_the_calendar()
    {
        Assert.Equal(0, WorkingDays.Between(DateOnly.MinValue, DateOnly.MinValue));
        Assert.Equal(-WorkingDays.Between(DateOnly.MaxValue.AddDays(-30), DateOnly.MaxValue), WorkingDays.Between(DateOnly.MaxValue, DateOnly.MaxValue.AddDays(-30)));
        Assert.InRange(WorkingDays.Between(DateOnly.MinValue, DateOnly.MaxValue), 2_400_000, 2_620_000);
        Assert.Equal(new DateOnly(1, 1, 2), WorkingDays.NextWorkingDayOnOrAfter(DateOnly.MinValue));
        Assert.Equal(DateOnly.MaxValue, WorkingDays.NextWorkingDayOnOrAfter(DateOnly.MaxValue)); // a Friday
        Assert.Equal(new DateOnly(9999, 12, 27), WorkingDays.NextWorkingDayOnOrAfter(new DateOnly(9999, 12, 25)));
    }

    private static DateOnly Day(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
