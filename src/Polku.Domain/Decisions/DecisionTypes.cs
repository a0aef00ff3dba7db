using System.Collections.Frozen;
using System.Collections.Immutable;
using Polku.Domain.Common;

namespace Polku.Domain.Decisions;

/// <summary>
/// A service an authority decides on, as data: which sections may ground it (codes of <see cref="LegalBases"/>), how
/// long it is usually granted for, and whether it may run until further notice.
/// </summary>
public sealed record DecisionType(
    string Code,
    LocalizedName Name,
    ImmutableArray<string> LegalBases,
    int? DefaultTermMonths,
    bool MayBeGrantedWithoutTerm,
    bool IsSocialRehabilitation)
{
    /// <summary>The bases a decision of this type may cite on <paramref name="decisionDate"/>.</summary>
    public IEnumerable<LegalBasis> BasesInForceOn(DateOnly decisionDate) =>
        LegalBases.Select(Decisions.LegalBases.Find).OfType<LegalBasis>().Where(b => b.IsInForceOn(decisionDate));
}

/// <summary>
/// The 14 services Vaasa decides on (domain.md step 5). Social rehabilitation is time-limited by nature, so its types
/// always carry a term; ongoing care (home help, housing, disability services) may be granted until further notice.
/// </summary>
public static class DecisionTypes
{
    public static ImmutableArray<DecisionType> Seeded { get; } =
    [
        new("rehabilitative-work-activity",
            new("Kuntouttava työtoiminta", "Arbetsverksamhet i rehabiliteringssyfte", "Rehabilitative work activity"),
            ["189/2001:2", "189/2001:6"], 6, false, false),
        // Workshop placements for young people are named in SHL § 17 (2nd subsection).
        new("workshop-activity",
            new("Työpajatoiminta", "Verkstadsverksamhet", "Workshop activity"),
            ["1301/2014:17"], 6, false, true),
        // Coaching for everyday life at home: § 17, 1st subsection, item 3.
        new("home-rehabilitation",
            new("Kotikuntoutus", "Hemrehabilitering", "Home rehabilitation"),
            ["1301/2014:17"], 6, false, true),
        // Rehabilitation counselling and guidance: § 17, 1st subsection, item 2.
        new("rehabilitation-counsellor",
            new("Kuntoutusohjaus", "Rehabiliteringshandledning", "Rehabilitation counsellor"),
            ["1301/2014:17"], 6, false, true),
        new("supported-housing",
            new("Tuettu asuminen", "Stött boende", "Supported housing"),
            ["1301/2014:21a"], 12, true, false),
        new("preventive-social-assistance",
            new("Ehkäisevä toimeentulotuki", "Förebyggande utkomststöd", "Preventive social assistance"),
            ["1412/1997:13"], 1, false, false),
        new("family-work",
            new("Perhetyö", "Familjearbete", "Family work"),
            ["1301/2014:18"], 6, false, false),
        new("home-help",
            new("Kotipalvelu", "Hemservice", "Home help"),
            ["1301/2014:19"], null, true, false),
        new("substance-abuse-rehabilitation",
            new("Päihdekuntoutus", "Missbrukarrehabilitering", "Substance-abuse rehabilitation"),
            ["1301/2014:14"], 3, false, false),
        new("transport-service",
            new("Kuljetuspalvelu", "Färdtjänst", "Transport service"),
            ["1301/2014:23", "380/1987:8"], null, true, false),
        // Support for social relationships: § 17, 1st subsection, item 4.
        new("support-person-activity",
            new("Tukihenkilötoiminta", "Stödpersonsverksamhet", "Support-person activity"),
            ["1301/2014:17"], 6, false, true),
        new("adjustment-training",
            new("Sopeutumisvalmennus", "Anpassningsträning", "Adjustment training"),
            ["675/2023:7"], 6, false, false),
        new("personal-assistance",
            new("Henkilökohtainen apu", "Personlig assistans", "Personal assistance"),
            ["380/1987:8c", "675/2023:9"], null, true, false),
        new("disability-day-and-work-activity",
            new("Vammaisten päivä- ja työtoiminta", "Dag- och arbetsverksamhet för personer med funktionsnedsättning", "Day and work activity for disabled people"),
            ["380/1987:8b", "710/1982:27e", "519/1977:2"], null, true, false),
    ];

    private static readonly FrozenDictionary<string, DecisionType> ByCode = Seeded.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);

    public static DecisionType? Find(string code) => ByCode.GetValueOrDefault(code);
}
