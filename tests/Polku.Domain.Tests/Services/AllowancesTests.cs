using Polku.Domain.Services;

namespace Polku.Domain.Tests.Services;

/// <summary>Espoo's rules at their edges: 9 € a day attended, a travel card from 8 sessions a month.</summary>
public sealed class AllowancesTests
{
    private static readonly ServiceSettings Espoo = new() { DailyActivityMoney = 9m, TravelCardMinSessions = 8 };
    private static readonly DateOnly November = new(2026, 11, 1);
    private static readonly Guid Anna = Guid.NewGuid();
    private static readonly Guid Emil = Guid.NewGuid();

    private static IEnumerable<(Guid, DateOnly)> Sessions(Guid client, int count, int firstDay = 2) =>
        Enumerable.Range(0, count).Select(i => (client, new DateOnly(2026, 11, firstDay + (i * 3))));

    [Fact]
    public void Exactly_the_minimum_sessions_earn_the_travel_card()
    {
        var month = Allowances.ForMonth(Espoo, true, November, [Anna], Sessions(Anna, 8));
        var line = Assert.Single(month.Lines);
        Assert.True(line.TravelCard);
        Assert.Equal(8, line.DaysAttended);
        Assert.Equal(72m, line.ActivityMoney);
        Assert.Equal(1, month.TravelCards);
    }

    [Fact]
    public void One_session_fewer_earns_no_travel_card_but_the_days_money()
    {
        var line = Assert.Single(Allowances.ForMonth(Espoo, true, November, [Anna], Sessions(Anna, 7)).Lines);
        Assert.False(line.TravelCard);
        Assert.Equal(63m, line.ActivityMoney);
    }

    [Fact]
    public void Two_sessions_on_one_day_are_one_days_money_but_two_sessions()
    {
        var day = new DateOnly(2026, 11, 10);
        var line = Assert.Single(Allowances.ForMonth(Espoo, true, November, [Anna], [(Anna, day), (Anna, day)]).Lines);
        Assert.Equal(1, line.DaysAttended);
        Assert.Equal(2, line.SessionsAttended);
        Assert.Equal(9m, line.ActivityMoney);
    }

    [Fact]
    public void Sessions_of_other_months_do_not_count()
    {
        var attended = Sessions(Anna, 7).Append((Anna, new DateOnly(2026, 10, 31))).Append((Anna, new DateOnly(2026, 12, 1)));
        var line = Assert.Single(Allowances.ForMonth(Espoo, true, November.AddDays(14), [Anna], attended).Lines);
        Assert.Equal(7, line.SessionsAttended);
        Assert.False(line.TravelCard);
    }

    [Fact]
    public void A_member_who_did_not_come_is_listed_with_nothing_and_the_totals_add_up()
    {
        var month = Allowances.ForMonth(Espoo, true, November, [Anna, Emil], Sessions(Anna, 9));
        Assert.Equal(2, month.Lines.Count);
        var emil = month.Lines.Single(l => l.ClientId == Emil);
        Assert.Equal((0, 0m, false), (emil.DaysAttended, emil.ActivityMoney, emil.TravelCard));
        Assert.Equal(9, month.DaysAttended);
        Assert.Equal(81m, month.ActivityMoney);
        Assert.Equal(1, month.TravelCards);
    }

    [Fact]
    public void No_rules_pay_nothing()
    {
        Assert.Empty(Allowances.ForMonth(null, true, November, [Anna], Sessions(Anna, 9)).Lines);
        Assert.Empty(Allowances.ForMonth(new ServiceSettings(), true, November, [Anna], Sessions(Anna, 9)).Lines);
    }

    [Fact]
    public void A_group_that_pays_no_allowances_pays_nothing()
    {
        var month = Allowances.ForMonth(Espoo, false, November, [Anna], Sessions(Anna, 9));
        Assert.Empty(month.Lines);
        Assert.Equal(0m, month.ActivityMoney);
    }

    [Fact]
    public void Money_alone_gives_no_card_and_a_card_alone_gives_no_money()
    {
        var moneyOnly = Assert.Single(Allowances.ForMonth(new ServiceSettings { DailyActivityMoney = 9m }, true, November, [Anna], Sessions(Anna, 9)).Lines);
        Assert.Equal((81m, false), (moneyOnly.ActivityMoney, moneyOnly.TravelCard));
        var cardOnly = Assert.Single(Allowances.ForMonth(new ServiceSettings { TravelCardMinSessions = 8 }, true, November, [Anna], Sessions(Anna, 9)).Lines);
        Assert.Equal((0m, true), (cardOnly.ActivityMoney, cardOnly.TravelCard));
    }
}
