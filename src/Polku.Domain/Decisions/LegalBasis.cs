using System.Collections.Frozen;
using System.Collections.Immutable;
using Polku.Domain.Common;

namespace Polku.Domain.Decisions;

/// <summary>
/// One section of an act a decision rests on (HL 434/2003 § 45: the reasons name the provisions applied).
/// <paramref name="Heading"/> is null where the heading has not been checked against the statute.
/// </summary>
public sealed record LegalBasis(string Act, string Section, LocalizedName ActName, LocalizedName? Heading)
{
    /// <summary>First day the section applies; null when it applied before any decision Polku holds.</summary>
    public DateOnly? InForceFrom { get; init; }

    /// <summary>Last day the section applies; null while it is in force.</summary>
    public DateOnly? InForceUntil { get; init; }

    /// <summary>How types and decisions refer to the section, e.g. "1301/2014:17" or "380/1987:8c".</summary>
    public string Code => $"{Act}:{Section.Replace("§", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)}";

    /// <summary>The citation printed on a decision, e.g. "Sosiaalihuoltolaki (1301/2014) 17 §".</summary>
    public string Cite(string language) => $"{ActName.In(language)} ({Act}) {Section}";

    /// <summary>A decision cites the sections in force on its decision date (a 2025 decision cites 675/2023, not 380/1987).</summary>
    public bool IsInForceOn(DateOnly date) =>
        (InForceFrom is not { } from || date >= from) && (InForceUntil is not { } until || date <= until);
}

/// <summary>
/// The sections the seeded decision types rest on. Every section number was checked against a source named here; a
/// service whose section could not be confirmed lists fewer bases rather than a guessed one. The Finnish headings are
/// the statutes'; the Swedish and English ones are translations for the UI, not quotations of the Swedish statute text.
/// </summary>
public static class LegalBases
{
    // Social Welfare Act, consolidated: https://www.finlex.fi/fi/laki/ajantasa/2014/20141301
    // (amended by 790/2022: supported housing moved to § 21 a from 1.1.2023).
    private static readonly LocalizedName Shl = new("Sosiaalihuoltolaki", "Socialvårdslagen", "Social Welfare Act");

    // The 1982 Social Welfare Act is repealed except §§ 27 d and 27 e (work for disabled people) and chapters 2, 5, 8:
    // https://www.finlex.fi/fi/laki/ajantasa/kumotut/1982/19820710
    private static readonly LocalizedName Shl1982 = new("Sosiaalihuoltolaki", "Socialvårdslagen", "Social Welfare Act (1982)");

    // https://www.finlex.fi/fi/laki/ajantasa/1997/19971412
    private static readonly LocalizedName SocialAssistance = new("Laki toimeentulotuesta", "Lagen om utkomststöd", "Act on Social Assistance");

    // https://www.finlex.fi/fi/laki/ajantasa/2001/20010189 (§ 6 as amended by 702/2020: https://finlex.fi/fi/laki/alkup/2020/20200702)
    private static readonly LocalizedName RehabilitativeWork = new(
        "Laki kuntouttavasta työtoiminnasta", "Lagen om arbetsverksamhet i rehabiliteringssyfte", "Act on Rehabilitative Work Activity");

    // Disability services act, repealed from 1.1.2025 by 675/2023: https://www.finlex.fi/fi/laki/ajantasa/1987/19870380
    private static readonly LocalizedName DisabilityServices1987 = new(
        "Laki vammaisuuden perusteella järjestettävistä palveluista ja tukitoimista",
        "Lagen om service och stöd på grund av handikapp",
        "Act on Services and Assistance for the Disabled");

    // Disability services act in force from 1.1.2025: https://www.finlex.fi/fi/laki/alkup/2023/20230675
    private static readonly LocalizedName DisabilityServices = new("Vammaispalvelulaki", "Lagen om funktionshinderservice", "Disability Services Act");

    // Special care act: https://www.finlex.fi/fi/laki/ajantasa/1977/19770519
    private static readonly LocalizedName SpecialCare = new(
        "Laki kehitysvammaisten erityishuollosta", "Lagen angående specialomsorger om utvecklingsstörda", "Act on Special Care for People with Intellectual Disabilities");

    /// <summary>380/1987 applies to decisions up to the end of 2024; 675/2023 to decisions dated 2025 or later.</summary>
    private static readonly DateOnly DisabilityReform = new(2025, 1, 1);

    private static readonly DateOnly LastDayBeforeDisabilityReform = DisabilityReform.AddDays(-1);

    public static ImmutableArray<LegalBasis> All { get; } =
    [
        // § 14 lists the social services; substance-abuse work is given as those services (paihdeasiamies.fi,
        // stm.fi/paihdepalvelut). The section of substance-abuse work itself (§ 24) could not be confirmed.
        new("1301/2014", "14 §", Shl, new("Sosiaalipalvelut", "Socialservice", "Social services")),
        // § 17: kuntoutusportti.fi/sosiaalinen-kuntoutus/lainsaadanto-2 quotes the section and its five measures.
        new("1301/2014", "17 §", Shl, new("Sosiaalinen kuntoutus", "Social rehabilitering", "Social rehabilitation")),
        // § 18: avohuollontuki.fi/palvelut/sosiaalihuoltolain-mukainen-perhetyo.
        new("1301/2014", "18 §", Shl, new("Perhetyö", "Familjearbete", "Family work")),
        // § 19: yvpl.fi/subjektiivinen-oikeus-kotipalveluun; 790/2022 amended the section, it did not move it.
        new("1301/2014", "19 §", Shl, new("Kotipalvelu", "Hemservice", "Home help")),
        // § 21 a: kpsaatio.fi/palvelumme ("SHL 21 a §") and THL's disability services handbook (asumisen tuki).
        new("1301/2014", "21 a §", Shl, new("Tuettu asuminen", "Stött boende", "Supported housing")) { InForceFrom = new DateOnly(2023, 1, 1) },
        // § 23: THL's disability services handbook, page "Liikkuminen".
        new("1301/2014", "23 §", Shl, new("Liikkumista tukevat palvelut", "Tjänster som stöder rörligheten", "Services supporting mobility")),
        // § 27 e: kept in force by 1301/2014 (Finlex note above); verneri.net and THL's handbook cite it for work activity.
        new("710/1982", "27 e §", Shl1982, null),
        // § 13: sote.kainuu.fi/ehkaiseva-toimeentulotuki ("1 § 2 mom. ja 13 §").
        new("1412/1997", "13 §", SocialAssistance, new("Ehkäisevä toimeentulotuki", "Förebyggande utkomststöd", "Preventive social assistance")),
        // §§ 2 and 6: Finlex consolidated text and amending act 702/2020.
        new("189/2001", "2 §", RehabilitativeWork, new("Määritelmät", "Definitioner", "Definitions")),
        new("189/2001", "6 §", RehabilitativeWork,
            new("Kuntouttavan työtoiminnan järjestäminen", "Ordnande av arbetsverksamhet i rehabiliteringssyfte", "Arranging rehabilitative work activity")),
        // § 8 (2nd subsection: transport services): KHO:2019:147.
        new("380/1987", "8 §", DisabilityServices1987, new("Palvelut", "Service", "Services")) { InForceUntil = LastDayBeforeDisabilityReform },
        // § 8 b: verneri.net (työ- ja päivätoiminnan lainsäädäntö).
        new("380/1987", "8 b §", DisabilityServices1987, new("Päivätoiminta", "Dagverksamhet", "Day activity")) { InForceUntil = LastDayBeforeDisabilityReform },
        // § 8 c: tukiliitto.fi (henkilökohtainen apu) and HE 166/2008.
        new("380/1987", "8 c §", DisabilityServices1987, new("Henkilökohtainen apu", "Personlig assistans", "Personal assistance")) { InForceUntil = LastDayBeforeDisabilityReform },
        // § 2 (work activity among special care services): verneri.net. The 2025 reform (676/2023) moved these services
        // to 675/2023 (THL's handbook: work activity for people with intellectual disabilities, hyvaks.fi).
        new("519/1977", "2 §", SpecialCare, null) { InForceUntil = LastDayBeforeDisabilityReform },
        // § 7 valmennus: THL's handbook, page "Liikkumisen tuki" ("vammaispalvelulain 7 §:n mukaista valmennusta").
        new("675/2023", "7 §", DisabilityServices, new("Valmennus", "Träning", "Coaching")) { InForceFrom = DisabilityReform },
        // § 9: THL's handbook, page "Henkilökohtainen apu" ("Vammaispalvelulaki 9 §").
        new("675/2023", "9 §", DisabilityServices, new("Henkilökohtainen apu", "Personlig assistans", "Personal assistance")) { InForceFrom = DisabilityReform },
    ];

    private static readonly FrozenDictionary<string, LegalBasis> ByCode = All.ToFrozenDictionary(b => b.Code, StringComparer.Ordinal);

    public static LegalBasis? Find(string code) => ByCode.GetValueOrDefault(code);
}
