using Polku.Domain.Services;
using static Polku.Domain.Tests.Services.PaymentCommitmentTests;

namespace Polku.Domain.Tests.Services;

public sealed class QueueRulesTests
{
    private static readonly Guid Workshop = Guid.NewGuid();

    [Fact]
    public void Urgent_go_first_then_by_joining_day()
    {
        var early = Entry("2026-01-05");
        var late = Entry("2026-02-10");
        var urgentLate = Entry("2026-03-01", urgent: true);
        var urgentEarly = Entry("2026-02-20", urgent: true);

        Assert.Equal([urgentEarly, urgentLate, early, late], QueueRules.Order([late, early, urgentLate, urgentEarly]));
    }

    [Fact]
    public void The_same_day_is_settled_by_id()
    {
        var first = new QueueEntry { Id = Guid.Parse("00000000-0000-0000-0000-000000000001"), ServiceId = Workshop, JoinedOn = Day("2026-01-05") };
        var second = new QueueEntry { Id = Guid.Parse("00000000-0000-0000-0000-000000000002"), ServiceId = Workshop, JoinedOn = Day("2026-01-05") };
        Assert.Equal([first, second], QueueRules.Order([second, first]));
    }

    [Fact]
    public void Started_and_withdrawn_leave_the_queue_and_have_no_place()
    {
        var started = Entry("2026-01-01");
        started.Start(Day("2026-02-01"));
        var withdrawn = Entry("2026-01-02");
        withdrawn.Withdraw(Day("2026-02-01"));
        var offered = Entry("2026-01-03");
        offered.Offer(Day("2026-02-01"));
        var waiting = Entry("2026-01-04");
        QueueEntry[] all = [waiting, withdrawn, started, offered];

        Assert.Equal([offered, waiting], QueueRules.Order(all));
        Assert.Equal(1, QueueRules.PlaceOf(all, offered.Id));
        Assert.Equal(2, QueueRules.PlaceOf(all, waiting.Id));
        Assert.Null(QueueRules.PlaceOf(all, started.Id));
        Assert.Null(QueueRules.PlaceOf(all, withdrawn.Id));
    }

    [Fact]
    public void Making_an_entry_urgent_moves_it_to_the_front()
    {
        var first = Entry("2026-01-05");
        var second = Entry("2026-02-10");
        second.Urgent = true;
        Assert.Equal(1, QueueRules.PlaceOf([first, second], second.Id));
    }

    [Fact]
    public void Days_waited_run_to_today_or_to_the_start()
    {
        var waiting = Entry("2026-01-05");
        Assert.Equal(64, QueueRules.DaysWaited(waiting, Day("2026-03-10")));  // 5.1. → 10.3.2026
        var started = Entry("2026-01-05");
        started.Start(Day("2026-02-04"));
        Assert.Equal(30, QueueRules.DaysWaited(started, Day("2026-03-10")));
    }

    [Fact]
    public void Statistics_with_an_odd_count_waiting_and_an_even_count_started()
    {
        var today = Day("2026-03-31");

        // Waiting on 31.3.2026: 10, 40 and 90 days → median 40, longest 90.
        var w1 = Entry("2026-03-21");
        var w2 = Entry("2026-02-19");
        var w3 = Entry("2025-12-31");

        // Started since 1.3.: waits of 20, 30, 50 and 100 days → median (30 + 50) / 2 = 40, longest 100.
        var s1 = Started("2026-02-10", "2026-03-02");
        var s2 = Started("2026-02-01", "2026-03-03");
        var s3 = Started("2026-01-20", "2026-03-11");
        var s4 = Started("2025-11-28", "2026-03-08");

        // Not counted: started before 1.3., and withdrawn.
        var before = Started("2026-01-01", "2026-02-27");
        var withdrawn = Entry("2026-01-01");
        withdrawn.Withdraw(Day("2026-03-15"));

        var statistics = QueueRules.Statistics([w1, w2, w3, s1, s2, s3, s4, before, withdrawn], today, Day("2026-03-01"));

        Assert.Equal(new QueueStatistics(3, 40, 90, 4, 40, 100), statistics);
    }

    [Fact]
    public void The_median_of_an_even_count_may_be_half_a_day()
    {
        var today = Day("2026-03-31");
        var statistics = QueueRules.Statistics([Entry("2026-03-21"), Entry("2026-03-20")], today, today);
        Assert.Equal(10.5, statistics.WaitingMedianDays);
        Assert.Equal(11, statistics.WaitingLongestDays);
    }

    [Fact]
    public void An_empty_queue_has_no_median()
    {
        var statistics = QueueRules.Statistics([], Day("2026-03-31"), Day("2026-03-01"));
        Assert.Equal(new QueueStatistics(0, null, null, 0, null, null), statistics);
    }

    [Fact]
    public void A_31_year_old_is_refused_for_a_service_for_18_to_29() =>
        Assert.Equal([new QueueProblem(QueueProblemKind.OutsideAgeRange, 18, 29)], QueueRules.CheckJoin(31, 18, 29, alreadyWaiting: false));

    [Theory]
    [InlineData(18)]
    [InlineData(29)]
    public void The_ends_of_the_age_range_are_included(int age) =>
        Assert.Empty(QueueRules.CheckJoin(age, 18, 29, alreadyWaiting: false));

    [Theory]
    [InlineData(17, 18, null, true)]
    [InlineData(70, 18, null, false)]
    [InlineData(66, null, 65, true)]
    [InlineData(5, null, null, false)]
    public void Either_end_of_the_range_may_be_open(int age, int? min, int? max, bool refused) =>
        Assert.Equal(refused, QueueRules.CheckJoin(age, min, max, alreadyWaiting: false).Any(p => p.Kind == QueueProblemKind.OutsideAgeRange));

    [Fact]
    public void A_client_already_waiting_is_not_queued_twice() =>
        Assert.Equal([new QueueProblem(QueueProblemKind.AlreadyInQueue)], QueueRules.CheckJoin(25, 18, 29, alreadyWaiting: true));

    [Fact]
    public void A_final_entry_does_not_move_on()
    {
        var started = Started("2026-01-01", "2026-02-01");
        Assert.Throws<InvalidOperationException>(() => started.Withdraw(Day("2026-02-02")));
        Assert.Throws<ArgumentOutOfRangeException>(() => Entry("2026-01-01").Start(Day("2025-12-31")));
    }

    private static QueueEntry Entry(string joined, bool urgent = false) => QueueEntry.Join(Guid.NewGuid(), Workshop, Day(joined), urgent);

    private static QueueEntry Started(string joined, string started)
    {
        var entry = Entry(joined);
        entry.Start(Day(started));
        return entry;
    }
}
