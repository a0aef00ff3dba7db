using Polku.Domain.Assessments;
using Polku.Domain.Common;

namespace Polku.Domain.Tests.Assessments;

/// <summary>Each region's access rule is data; these are the field reports' rules written as criteria.</summary>
public sealed class AccessCriteriaTests
{
    private static readonly IReadOnlyList<AccessCriterion> Vaasa =
    [
        Criterion("social-services-client", CriterionKind.Required),
        Criterion("own-request", CriterionKind.AnyOf),
        Criterion("clear-need", CriterionKind.AnyOf),
    ];

    private static readonly IReadOnlyList<AccessCriterion> CapitalRegion =
    [
        Criterion("special-support-need", CriterionKind.Required),
        Criterion("acute-problem", CriterionKind.Condition, requires: "treatment-contact"),
        Criterion("treatment-contact", CriterionKind.Information),
    ];

    private static readonly IReadOnlyList<AccessCriterion> Phhyky =
    [
        Criterion("many-sided-challenges", CriterionKind.AnyOf),
        Criterion("strong-support-need", CriterionKind.AnyOf),
    ];

    [Theory]
    [InlineData(new[] { "social-services-client", "own-request" }, true)]
    [InlineData(new[] { "social-services-client", "clear-need" }, true)]
    [InlineData(new[] { "social-services-client" }, false)]
    [InlineData(new[] { "own-request", "clear-need" }, false)]
    public void Vaasa_every_social_services_client_by_own_request_or_clear_need(string[] met, bool eligible) =>
        Assert.Equal(eligible, AccessCriteria.Shortfalls(Vaasa, met).Count == 0);

    [Theory]
    [InlineData(new[] { "special-support-need" }, true)]
    [InlineData(new[] { "special-support-need", "acute-problem", "treatment-contact" }, true)]
    [InlineData(new[] { "special-support-need", "acute-problem" }, false)]
    [InlineData(new string[0], false)]
    public void Capital_region_acute_problem_needs_a_treatment_contact(string[] met, bool eligible) =>
        Assert.Equal(eligible, AccessCriteria.Shortfalls(CapitalRegion, met).Count == 0);

    [Fact]
    public void The_shortfall_names_the_condition_and_what_it_requires()
    {
        var shortfall = Assert.Single(AccessCriteria.Shortfalls(CapitalRegion, ["special-support-need", "acute-problem"]));
        Assert.Equal("acute-problem", shortfall.Criterion.Code);
        Assert.Equal("treatment-contact", shortfall.Missing?.Code);
    }

    [Theory]
    [InlineData(new[] { "many-sided-challenges" }, true)]
    [InlineData(new[] { "strong-support-need" }, true)]
    [InlineData(new string[0], false)]
    public void Phhyky_loose_criteria(string[] met, bool eligible) =>
        Assert.Equal(eligible, AccessCriteria.Shortfalls(Phhyky, met).Count == 0);

    [Fact]
    public void No_criteria_configured_means_no_shortfall() =>
        Assert.Empty(AccessCriteria.Shortfalls([], []));

    private static AccessCriterion Criterion(string code, CriterionKind kind, string? requires = null) =>
        new() { Code = code, Kind = kind, RequiresCode = requires, Name = new LocalizedName(code, code, code) };
}
