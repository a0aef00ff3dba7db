using Microsoft.EntityFrameworkCore;
using Polku.Domain.CodeLists;
using Polku.Domain.Common;

namespace Polku.Data.Seed;

/// <summary>
/// The code lists every database starts with, from the field reports. Situational factors use local codes
/// until THL's AVAIN code set (OID 1.2.246.537.6.1290) is imported into the same list.
/// </summary>
public static class CodeListSeed
{
    public static IReadOnlyList<CodeListEntry> Defaults { get; } =
    [
        .. List(CodeListNames.ReferralSources,
            ("kela", "Kela", "FPA", "Kela (Social Insurance Institution)"),
            ("te-office", "TE-toimisto", "TE-byrån", "TE Office"),
            ("employment-services", "Työllisyyspalvelut", "Sysselsättningstjänster", "Employment services"),
            ("housing-services", "Asumispalvelut", "Boendetjänster", "Housing services"),
            ("health-services", "Terveyspalvelut", "Hälsovårdstjänster", "Health services"),
            ("relative", "Omainen tai läheinen", "Anhörig eller närstående", "Relative or close person"),
            ("self", "Asiakas itse", "Klienten själv", "The client themself"),
            ("other-authority", "Muu viranomainen", "Annan myndighet", "Other authority"),
            ("plan-review", "Suunnitelman tarkistus", "Översyn av planen", "Found in a plan review")),
        .. List(CodeListNames.SituationalFactors,
            ("local:housing", "Asuminen", "Boende", "Housing"),
            ("local:finances", "Toimeentulo ja talous", "Utkomst och ekonomi", "Income and finances"),
            ("local:work-study", "Työ ja opiskelu", "Arbete och studier", "Work and study"),
            ("local:physical-health", "Fyysinen terveys", "Fysisk hälsa", "Physical health"),
            ("local:mental-health", "Mielenterveys", "Psykisk hälsa", "Mental health"),
            ("local:substance-use", "Päihteiden käyttö", "Missbruk", "Substance use"),
            ("local:relationships", "Sosiaaliset suhteet", "Sociala relationer", "Social relationships"),
            ("local:daily-life", "Arjen hallinta", "Vardagshantering", "Managing everyday life"),
            ("local:family", "Perhetilanne", "Familjesituation", "Family situation"),
            ("local:loneliness", "Yksinäisyys", "Ensamhet", "Loneliness"),
            ("local:language-integration", "Kieli ja kotoutuminen", "Språk och integration", "Language and integration")),
        .. List(CodeListNames.GoalAreas,
            ("local:daily-life", "Arjen hallinta", "Vardagshantering", "Managing everyday life"),
            ("local:housing", "Asuminen", "Boende", "Housing"),
            ("local:finances", "Raha-asiat", "Ekonomi", "Money matters"),
            ("local:health", "Terveys ja hyvinvointi", "Hälsa och välbefinnande", "Health and wellbeing"),
            ("local:substance-use", "Päihteettömyys", "Drogfrihet", "Staying free of substances"),
            ("local:relationships", "Ihmissuhteet ja osallisuus", "Relationer och delaktighet", "Relationships and participation"),
            ("local:work-study", "Työ ja opiskelu", "Arbete och studier", "Work and study"),
            ("local:skills", "Taidot ja toimintakyky", "Färdigheter och funktionsförmåga", "Skills and functioning")),
        .. List(CodeListNames.PlanServices,
            ("local:individual-guidance", "Yksilöllinen ohjaus", "Individuell handledning", "Individual guidance"),
            ("local:group-activity", "Ryhmätoiminta", "Gruppverksamhet", "Group activity"),
            ("local:workshop", "Työpajatoiminta", "Verkstadsverksamhet", "Workshop activity"),
            ("local:rehabilitative-work", "Kuntouttava työtoiminta", "Arbetsverksamhet i rehabiliteringssyfte", "Rehabilitative work activity"),
            ("local:home-rehabilitation", "Kotikuntoutus", "Hemrehabilitering", "Home rehabilitation"),
            ("local:supported-housing", "Tuettu asuminen", "Stödboende", "Supported housing"),
            ("local:substance-services", "Päihdepalvelut", "Missbrukartjänster", "Substance-abuse services"),
            ("local:mental-health-services", "Mielenterveyspalvelut", "Mentalvårdstjänster", "Mental-health services"),
            ("local:peer-support", "Vertaistuki ja järjestötoiminta", "Kamratstöd och föreningsverksamhet", "Peer support and third-sector activity"),
            ("local:other", "Muu palvelu tai tuki", "Annan tjänst eller stöd", "Other service or support")),
        .. List(CodeListNames.Methods,
            ("local:conversation", "Keskusteluapu", "Samtalsstöd", "Conversation support"),
            ("local:home-visits", "Kotikäynnit", "Hembesök", "Home visits"),
            ("local:accompanying", "Mukana kulkeminen", "Följa med", "Going along"),
            ("local:practising-affairs", "Omien asioiden hoitamisen harjoittelu", "Öva att sköta egna ärenden", "Practising one's own affairs"),
            ("local:neuropsychiatric-coaching", "Neuropsykiatrinen valmennus", "Neuropsykiatrisk coachning", "Neuropsychiatric coaching"),
            ("local:network-meetings", "Verkostotapaamiset", "Nätverksmöten", "Network meetings"),
            ("local:group-work", "Ryhmämuotoinen työskentely", "Arbete i grupp", "Group work")),
        .. List(CodeListNames.Languages,
            ("fi", "suomi", "finska", "Finnish"),
            ("sv", "ruotsi", "svenska", "Swedish"),
            ("se", "pohjoissaame", "nordsamiska", "Northern Sami"),
            ("en", "englanti", "engelska", "English"),
            ("ru", "venäjä", "ryska", "Russian"),
            ("et", "viro", "estniska", "Estonian"),
            ("uk", "ukraina", "ukrainska", "Ukrainian"),
            ("ar", "arabia", "arabiska", "Arabic"),
            ("so", "somali", "somaliska", "Somali"),
            ("fa", "persia", "persiska", "Persian"),
            ("ku", "kurdi", "kurdiska", "Kurdish"),
            ("sq", "albania", "albanska", "Albanian"),
            ("zh", "kiina", "kinesiska", "Chinese"),
            ("vi", "vietnam", "vietnamesiska", "Vietnamese"),
            ("th", "thai", "thailändska", "Thai"),
            ("tr", "turkki", "turkiska", "Turkish"),
            ("es", "espanja", "spanska", "Spanish"),
            ("pt", "portugali", "portugisiska", "Portuguese"),
            ("de", "saksa", "tyska", "German"),
            ("fr", "ranska", "franska", "French"),
            ("pl", "puola", "polska", "Polish"),
            ("ro", "romania", "rumänska", "Romanian"),
            ("bg", "bulgaria", "bulgariska", "Bulgarian"),
            ("ti", "tigrinja", "tigrinska", "Tigrinya"),
            ("am", "amhara", "amhariska", "Amharic"),
            ("ps", "paštu", "pashto", "Pashto"),
            ("ur", "urdu", "urdu", "Urdu"),
            ("ne", "nepali", "nepalesiska", "Nepali"),
            ("tl", "tagalog", "tagalog", "Tagalog")),
    ];

    public static async Task EnsureAsync(PolkuDbContext db, CancellationToken cancellationToken = default)
    {
        var existing = await db.CodeListEntries.Where(e => e.OrganisationId == CodeListEntry.National).Select(e => new { e.List, e.Code }).ToListAsync(cancellationToken);
        db.CodeListEntries.AddRange(Defaults
            .Where(d => !existing.Any(e => e.List == d.List && e.Code == d.Code))
            .Select(d => new CodeListEntry { List = d.List, Code = d.Code, Name = d.Name, SortOrder = d.SortOrder }));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<CodeListEntry> List(string list, params (string Code, string Fi, string Sv, string En)[] entries) =>
        entries.Select((e, index) => new CodeListEntry { List = list, Code = e.Code, Name = new LocalizedName(e.Fi, e.Sv, e.En), SortOrder = index });
}
