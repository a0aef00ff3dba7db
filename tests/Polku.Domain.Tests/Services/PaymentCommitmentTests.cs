using System.Globalization;
using Polku.Domain.Services;

namespace Polku.Domain.Tests.Services;

public sealed class PaymentCommitmentTests
{
    [Fact]
    public void Cost_so_far_and_cap_follow_the_unit_price()
    {
        // 40 workshop days at 62.50 €, 12 used.
        var commitment = Commitment("2026-03-02", "2026-08-31", 62.50m, 40, 12);
        Assert.Equal(750.00m, commitment.CostSoFar);
        Assert.Equal(2500.00m, commitment.MaxCost);
        Assert.Equal(28, commitment.UnitsLeft);
    }

    [Fact]
    public void Use_adds_invoiced_units()
    {
        var commitment = Commitment("2026-03-02", "2026-08-31", 100m, 10, 2);
        commitment.Use(3);
        Assert.Equal(5, commitment.UnitsUsed);
        Assert.Equal(500m, commitment.CostSoFar);
    }

    [Fact]
    public void Warning_day_is_the_end_minus_the_warning_days() =>
        // Ends Mon 31.8.2026; 30 days before = Sat 1.8.
        Assert.Equal(Day("2026-08-01"), Commitment("2026-03-02", "2026-08-31").WarnsOn(30));

    [Theory]
    [InlineData("2026-08-01", 30, true)]  // 30 days to go: within
    [InlineData("2026-07-31", 30, false)] // 31 days to go
    [InlineData("2026-08-31", 0, true)]   // the last day itself
    [InlineData("2026-09-01", 30, false)] // already ended
    public void Expiring_within_counts_from_today(string today, int days, bool expiring) =>
        Assert.Equal(expiring, Commitment("2026-03-02", "2026-08-31").IsExpiringWithin(Day(today), days));

    [Fact]
    public void Ending_the_service_ends_the_commitment()
    {
        var commitment = Commitment("2026-03-02", "2026-08-31");
        commitment.End(Day("2026-05-15"));
        Assert.Equal(Day("2026-05-15"), commitment.EndsOn);
        Assert.Equal(Day("2026-05-15"), commitment.EndedOn);
    }

    [Fact]
    public void Ending_on_the_start_day_is_allowed_but_not_before()
    {
        var commitment = Commitment("2026-03-02", "2026-08-31");
        Assert.Throws<ArgumentOutOfRangeException>(() => commitment.End(Day("2026-03-01")));
        commitment.End(Day("2026-03-02"));
        Assert.Equal(Day("2026-03-02"), commitment.EndsOn);
    }

    [Fact]
    public void Ending_later_than_planned_does_not_lengthen_it()
    {
        var commitment = Commitment("2026-03-02", "2026-08-31");
        commitment.End(Day("2026-09-30"));
        Assert.Equal(Day("2026-08-31"), commitment.EndsOn);
    }

    internal static PaymentCommitment Commitment(string starts, string ends, decimal unitPrice = 62.50m, int maxUnits = 40, int unitsUsed = 0) =>
        PaymentCommitment.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Day(starts), Day(ends), unitPrice, CommitmentUnit.Day, maxUnits, unitsUsed);

    internal static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
