using Polku.Domain.Common;
using Polku.Domain.Services;

namespace Polku.Domain.Tests.Services;

public sealed class ServiceRulesTests
{
    private static Service Own(Action<Service>? change = null)
    {
        var service = new Service { Code = "x", Name = new LocalizedName("X", "X", "X"), Producer = ProducerType.Own, UnitId = Guid.NewGuid(), ActiveFrom = new DateOnly(2026, 1, 1) };
        change?.Invoke(service);
        return service;
    }

    [Theory]
    [InlineData("2007-11-23", "2026-11-23", 19)]
    [InlineData("2007-11-24", "2026-11-23", 18)]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    public void Age_counts_full_years(string birth, string day, int age) =>
        Assert.Equal(age, ServiceRules.AgeOn(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_consistent_own_service_has_no_problems() =>
        Assert.Empty(ServiceRules.Check(Own(s => { s.MinAge = 18; s.MaxAge = 29; s.Languages = ["fi", "sv"]; s.UnitPrice = 10m; s.PriceUnit = CommitmentUnit.Day; s.Capacity = 12; })));

    [Fact]
    public void An_equal_minimum_and_maximum_age_is_a_range_of_one_year() =>
        Assert.Empty(ServiceRules.Check(Own(s => { s.MinAge = 18; s.MaxAge = 18; })));

    [Theory]
    [InlineData(30, 29, "maxAge", ServiceProblemKind.AgeRangeReversed)]
    [InlineData(-1, null, "minAge", ServiceProblemKind.AgeOutOfRange)]
    public void Ages_are_checked(int? min, int? max, string field, ServiceProblemKind kind) =>
        Assert.Equal(new ServiceProblem(field, kind), Assert.Single(ServiceRules.Check(Own(s => { s.MinAge = min; s.MaxAge = max; }))));

    [Fact]
    public void Languages_are_fi_sv_or_en_at_least_one_each_once()
    {
        Assert.Equal(ServiceProblemKind.Languages, Assert.Single(ServiceRules.Check(Own(s => s.Languages = []))).Kind);
        Assert.Equal(ServiceProblemKind.Languages, Assert.Single(ServiceRules.Check(Own(s => s.Languages = ["fi", "de"]))).Kind);
        Assert.Equal(ServiceProblemKind.Languages, Assert.Single(ServiceRules.Check(Own(s => s.Languages = ["fi", "fi"]))).Kind);
    }

    [Fact]
    public void A_price_needs_its_unit_and_a_unit_its_price()
    {
        Assert.Equal(new ServiceProblem("priceUnit", ServiceProblemKind.PriceAndUnit), Assert.Single(ServiceRules.Check(Own(s => s.UnitPrice = 5m))));
        Assert.Equal(new ServiceProblem("unitPrice", ServiceProblemKind.PriceAndUnit), Assert.Single(ServiceRules.Check(Own(s => s.PriceUnit = CommitmentUnit.Visit))));
        Assert.Equal(new ServiceProblem("capacity", ServiceProblemKind.NotPositive), Assert.Single(ServiceRules.Check(Own(s => s.Capacity = 0))));
    }

    [Fact]
    public void A_purchased_service_needs_a_provider_and_an_own_one_a_unit()
    {
        Assert.Equal(new ServiceProblem("unitId", ServiceProblemKind.UnitRequired), Assert.Single(ServiceRules.Check(Own(s => s.UnitId = null))));
        Assert.Equal(new ServiceProblem("providerId", ServiceProblemKind.ProviderRequired),
            Assert.Single(ServiceRules.Check(Own(s => { s.Producer = ProducerType.ThirdSector; s.UnitId = null; }))));
        Assert.Equal(new ServiceProblem("activeUntil", ServiceProblemKind.PeriodReversed),
            Assert.Single(ServiceRules.Check(Own(s => s.ActiveUntil = new DateOnly(2025, 12, 31)))));
    }
}
