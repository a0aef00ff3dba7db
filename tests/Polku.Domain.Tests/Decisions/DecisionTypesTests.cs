using System.Text.RegularExpressions;
using Polku.Domain.Decisions;

namespace Polku.Domain.Tests.Decisions;

/// <summary>The seeded decision-type catalogue and the legal bases it cites.</summary>
public sealed class DecisionTypesTests
{
    [Fact]
    public void Vaasa_decides_on_fourteen_types_with_unique_kebab_case_codes()
    {
        Assert.Equal(14, DecisionTypes.Seeded.Length);
        Assert.Equal(14, DecisionTypes.Seeded.Select(t => t.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(DecisionTypes.Seeded, t => Assert.Matches("^[a-z]+(-[a-z]+)*$", t.Code));
    }

    [Fact]
    public void Every_basis_a_type_lists_exists_in_the_catalogue()
    {
        Assert.All(DecisionTypes.Seeded, t =>
        {
            Assert.NotEmpty(t.LegalBases);
            Assert.All(t.LegalBases, code => Assert.NotNull(LegalBases.Find(code)));
        });
    }

    [Fact]
    public void Legal_basis_codes_are_unique() =>
        Assert.Equal(LegalBases.All.Length, LegalBases.All.Select(b => b.Code).Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void Social_rehabilitation_types_cite_shl_17()
    {
        var socialRehabilitation = DecisionTypes.Seeded.Where(t => t.IsSocialRehabilitation).ToList();
        Assert.NotEmpty(socialRehabilitation);
        Assert.All(socialRehabilitation, t => Assert.Contains("1301/2014:17", t.LegalBases));
        Assert.Equal("Sosiaalinen kuntoutus", LegalBases.Find("1301/2014:17")!.Heading!.Fi);
    }

    [Fact]
    public void Preventive_social_assistance_cites_the_social_assistance_act_13() =>
        Assert.Equal("1412/1997:13", Assert.Single(DecisionTypes.Find("preventive-social-assistance")!.LegalBases));

    [Fact]
    public void A_basis_is_cited_in_finnish_and_swedish()
    {
        var shl17 = LegalBases.Find("1301/2014:17")!;
        Assert.Equal("Sosiaalihuoltolaki (1301/2014) 17 §", shl17.Cite("fi"));
        Assert.Equal("Socialvårdslagen (1301/2014) 17 §", shl17.Cite("sv"));
        Assert.Equal("Sosiaalihuoltolaki (1301/2014) 21 a §", LegalBases.Find("1301/2014:21a")!.Cite("fi"));
    }

    [Theory]
    [InlineData("380/1987:8c", "8 c §")]
    [InlineData("1301/2014:21a", "21 a §")]
    [InlineData("710/1982:27e", "27 e §")]
    public void A_lettered_section_has_a_compact_code(string code, string section) =>
        Assert.Equal(section, LegalBases.Find(code)!.Section);

    [Fact]
    public void Names_are_present_in_three_languages()
    {
        Assert.All(DecisionTypes.Seeded, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Name.Fi));
            Assert.False(string.IsNullOrWhiteSpace(t.Name.Sv));
            Assert.False(string.IsNullOrWhiteSpace(t.Name.En));
        });
        Assert.All(LegalBases.All, b =>
        {
            Assert.False(string.IsNullOrWhiteSpace(b.ActName.Fi));
            Assert.False(string.IsNullOrWhiteSpace(b.ActName.Sv));
            Assert.False(string.IsNullOrWhiteSpace(b.ActName.En));
        });
    }

    [Fact]
    public void A_2025_decision_on_personal_assistance_cites_the_new_disability_services_act()
    {
        var type = DecisionTypes.Find("personal-assistance")!;
        Assert.Equal(["380/1987:8c"], type.BasesInForceOn(new DateOnly(2024, 12, 31)).Select(b => b.Code));
        Assert.Equal(["675/2023:9"], type.BasesInForceOn(new DateOnly(2025, 1, 1)).Select(b => b.Code));
    }

    [Fact]
    public void Social_rehabilitation_is_always_time_limited()
    {
        Assert.All(DecisionTypes.Seeded.Where(t => t.IsSocialRehabilitation), t =>
        {
            Assert.False(t.MayBeGrantedWithoutTerm);
            Assert.NotNull(t.DefaultTermMonths);
        });
        Assert.All(DecisionTypes.Seeded.Where(t => t.DefaultTermMonths is null), t => Assert.True(t.MayBeGrantedWithoutTerm));
    }

    [Fact]
    public void Every_act_is_cited_by_number_and_year() =>
        Assert.All(LegalBases.All, b => Assert.Matches(new Regex(@"^\d{1,4}/\d{4}$"), b.Act));
}
