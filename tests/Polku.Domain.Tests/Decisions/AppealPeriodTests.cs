using System.Globalization;
using Polku.Domain.Calendar;
using Polku.Domain.Decisions;

namespace Polku.Domain.Tests.Decisions;

/// <summary>
/// HL §§ 49c and 59, Act 13/2003 § 19, Act 150/1930 §§ 2 and 5: the deemed day of receipt stays where it falls;
/// only the last day to request rectification moves off a weekend or holiday.
/// </summary>
public sealed class AppealPeriodTests
{
    [Theory]
    [InlineData(DeliveryMethod.Letter, "2026-03-06", "2026-03-13")]     // posted Fri 6.3., + 7 = Fri 13.3.
    [InlineData(DeliveryMethod.Letter, "2026-12-17", "2026-12-24")]     // Thu 17.12. + 7 = Christmas Eve: stays
    [InlineData(DeliveryMethod.Electronic, "2026-02-02", "2026-02-05")] // sent Mon 2.2., + 3 = Thu 5.2.
    [InlineData(DeliveryMethod.Electronic, "2026-03-04", "2026-03-07")] // Wed 4.3. + 3 = Sat 7.3.: stays
    [InlineData(DeliveryMethod.Electronic, "2026-10-08", "2026-10-11")] // Thu 8.10. + 3 = Sun 11.10.: stays
    [InlineData(DeliveryMethod.InPerson, "2026-03-09", "2026-03-09")]   // handed over Mon 9.3.: that day
    [InlineData(DeliveryMethod.InPerson, "2026-06-19", "2026-06-19")]   // even on Midsummer Eve
    public void Deemed_received_day_is_never_moved(DeliveryMethod method, string sent, string received) =>
        Assert.Equal(Day(received), AppealPeriod.DeemedReceived(method, Day(sent)));

    [Theory]
    [InlineData("2026-03-13", "2026-04-13")] // Fri 13.3. + 30 = Sun 12.4. → Mon 13.4.
    [InlineData("2026-03-09", "2026-04-08")] // Mon 9.3. + 30 = Wed 8.4., a working day: unchanged
    [InlineData("2026-03-07", "2026-04-07")] // Sat 7.3. + 30 = Easter Monday 6.4.2026 → Tue 7.4.
    [InlineData("2026-12-24", "2027-01-25")] // Christmas Eve + 30 = Sat 23.1.2027 → Mon 25.1.
    [InlineData("2026-11-24", "2026-12-28")] // + 30 = Christmas Eve, Thu 24.12.2026; 25.–27.12. off → Mon 28.12.
    [InlineData("2026-11-25", "2026-12-28")] // + 30 = Christmas Day, Fri 25.12. → Mon 28.12.
    [InlineData("2026-11-26", "2026-12-28")] // + 30 = Boxing Day, Sat 26.12. → Mon 28.12.
    [InlineData("2027-11-24", "2027-12-27")] // + 30 = Christmas Eve, Fri 24.12.2027 → Mon 27.12.
    [InlineData("2027-02-24", "2027-03-30")] // + 30 = Good Friday 26.3.2027 (Easter 28.3.) → Tue 30.3.
    [InlineData("2027-02-26", "2027-03-30")] // + 30 = Easter Sunday 28.3.2027 → Tue 30.3.
    [InlineData("2027-02-27", "2027-03-30")] // + 30 = Easter Monday 29.3.2027 → Tue 30.3.
    [InlineData("2026-12-02", "2027-01-04")] // + 30 = New Year's Day, Fri 1.1.2027 → Mon 4.1.
    [InlineData("2026-12-07", "2027-01-07")] // + 30 = Epiphany, Wed 6.1.2027 → Thu 7.1.
    [InlineData("2026-05-20", "2026-06-22")] // + 30 = Midsummer Eve, Fri 19.6.2026 (Day Sat 20.6.) → Mon 22.6.
    [InlineData("2027-05-26", "2027-06-28")] // + 30 = Midsummer Eve, Fri 25.6.2027 → Mon 28.6.
    public void Rectification_deadline_is_30_days_after_receipt_moved_to_a_working_day(string received, string deadline) =>
        Assert.Equal(Day(deadline), AppealPeriod.RectificationDeadline(Day(received)));

    [Fact]
    public void Another_period_length_counts_the_same_way() =>
        // Fri 11.12.2026 + 14 = Christmas Day, Fri 25.12. → Mon 28.12.
        Assert.Equal(Day("2026-12-28"), AppealPeriod.RectificationDeadline(Day("2026-12-11"), 14));

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void A_period_of_no_days_is_refused(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AppealPeriod.RectificationDeadline(Day("2026-03-09"), days));

    [Fact]
    public void Every_deadline_is_the_first_working_day_on_or_after_the_30th_day()
    {
        for (var received = Day("2026-01-01"); received <= Day("2027-12-31"); received = received.AddDays(1))
        {
            var deadline = AppealPeriod.RectificationDeadline(received);
            Assert.True(WorkingDays.IsWorkingDay(deadline), $"{received}: {deadline}");
            for (var day = received.AddDays(30); day < deadline; day = day.AddDays(1))
            {
                Assert.False(WorkingDays.IsWorkingDay(day), $"{received}: {deadline} skips the working day {day}");
            }
        }
    }

    [Fact]
    public void Letter_posted_on_a_Friday()
    {
        // Posted Fri 6.3.2026 → deemed received Fri 13.3. → + 30 = Sun 12.4. → Mon 13.4.
        Assert.Equal(
            new AppealDates(Day("2026-03-06"), DeliveryMethod.Letter, Day("2026-03-13"), Day("2026-04-13")),
            AppealDates.For(DeliveryMethod.Letter, Day("2026-03-06")));
    }

    [Fact]
    public void Received_on_a_weekend_stays_while_the_deadline_moves_past_Easter()
    {
        // Sent Wed 24.2.2027 → deemed received Sat 27.2. (not moved) → + 30 = Easter Monday 29.3. → Tue 30.3.
        Assert.Equal(
            new AppealDates(Day("2027-02-24"), DeliveryMethod.Electronic, Day("2027-02-27"), Day("2027-03-30")),
            AppealDates.For(DeliveryMethod.Electronic, Day("2027-02-24")));
    }

    [Fact]
    public void Handed_over_in_person_counts_from_that_day()
    {
        // Mon 9.3.2026 → + 30 = Wed 8.4., after Easter Monday 6.4.
        Assert.Equal(
            new AppealDates(Day("2026-03-09"), DeliveryMethod.InPerson, Day("2026-03-09"), Day("2026-04-08")),
            AppealDates.For(DeliveryMethod.InPerson, Day("2026-03-09")));
    }

    [Theory]
    [InlineData("2026-04-12", false)] // before the deadline
    [InlineData("2026-04-13", false)] // on the deadline: in time
    [InlineData("2026-04-14", true)]  // the day after: late
    public void A_request_after_the_deadline_is_late(string requestReceived, bool late) =>
        // Deadline of the letter posted Fri 6.3.2026: Mon 13.4.2026.
        Assert.Equal(late, AppealPeriod.IsLate(Day(requestReceived), AppealDates.For(DeliveryMethod.Letter, Day("2026-03-06")).RectificationDeadline));

    [Fact]
    public void An_unknown_delivery_method_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AppealPeriod.DeemedReceived((DeliveryMethod)99, Day("2026-03-09")));

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
