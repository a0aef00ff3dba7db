using Microsoft.EntityFrameworkCore;
using Polku.Domain.Common;
using Polku.Domain.Instruments;

namespace Polku.Data.Seed;

/// <summary>
/// The instruments every database starts with, as national defaults. Two open instruments of Polku's own — a
/// life-situation wheel and a short participation self-assessment — and the licensed ones the field uses as
/// external records only: a name and the publisher's page, never their questions.
/// </summary>
public static class InstrumentSeed
{
    public const string LifeSituationWheel = "life-situation-wheel";
    public const string ParticipationSelfAssessment = "participation-self-assessment";
    public const string Kykyviisari = "kykyviisari";
    public const string OutcomesStar = "outcomes-star";
    public const string SoskuTutka = "sosku-tutka";

    private static readonly ScaleStep[] WheelLabels =
    [
        new(1, new("Tilanne on hyvin vaikea", "Situationen är mycket svår", "Very difficult")),
        new(10, new("Tilanne on hyvä", "Situationen är bra", "Going well")),
    ];

    private static readonly ScaleStep[] AgreementLabels =
    [
        new(1, new("Täysin eri mieltä", "Helt av annan åsikt", "Strongly disagree")),
        new(2, new("Jokseenkin eri mieltä", "Delvis av annan åsikt", "Somewhat disagree")),
        new(3, new("Ei samaa eikä eri mieltä", "Varken av samma eller annan åsikt", "Neither agree nor disagree")),
        new(4, new("Jokseenkin samaa mieltä", "Delvis av samma åsikt", "Somewhat agree")),
        new(5, new("Täysin samaa mieltä", "Helt av samma åsikt", "Strongly agree")),
    ];

    public static IReadOnlyList<(string Key, InstrumentContent Content)> Defaults { get; } =
    [
        (LifeSituationWheel, new InstrumentContent(
            new LocalizedName("Elämäntilannekehä", "Livssituationscirkeln", "Life-situation wheel"), false, null, [Rater.Client, Rater.Worker],
            [
                Wheel("housing", "Asuminen", "Boende", "Housing"),
                Wheel("finances", "Raha-asiat ja toimeentulo", "Ekonomi och utkomst", "Finances"),
                Wheel("health", "Terveys", "Hälsa", "Health"),
                Wheel("substance-use", "Päihteet", "Rusmedel", "Substance use"),
                Wheel("mental-wellbeing", "Mielen hyvinvointi", "Psykiskt välbefinnande", "Mental wellbeing"),
                Wheel("relationships", "Ihmissuhteet", "Relationer", "Relationships"),
                Wheel("everyday-skills", "Arjen taidot", "Vardagsfärdigheter", "Everyday skills"),
                Wheel("work-study", "Työ ja opiskelu", "Arbete och studier", "Work and study"),
                Wheel("leisure-participation", "Vapaa-aika ja osallisuus", "Fritid och delaktighet", "Leisure and participation"),
            ])),
        (ParticipationSelfAssessment, new InstrumentContent(
            new LocalizedName("Osallisuuden itsearvio", "Självskattning av delaktighet", "Participation self-assessment"), false, null, [Rater.Client],
            [
                Agreement("belonging", "Koen kuuluvani johonkin yhteisöön", "Jag känner att jag hör till en gemenskap", "I feel I belong to a community"),
                Agreement("influence", "Voin vaikuttaa omiin asioihini", "Jag kan påverka mina egna angelägenheter", "I can influence my own affairs"),
                Agreement("meaningful-activity", "Minulla on arjessa mielekästä tekemistä", "Jag har meningsfull sysselsättning i vardagen", "I have meaningful things to do in everyday life"),
                Agreement("support", "Saan tarvittaessa tukea muilta", "Jag får stöd av andra när jag behöver det", "I get support from others when I need it"),
                Agreement("future", "Suhtaudun tulevaisuuteeni toiveikkaasti", "Jag ser hoppfullt på min framtid", "I feel hopeful about my future"),
            ])),
        (Kykyviisari, new InstrumentContent(
            new LocalizedName("Kykyviisari", "Kykyviisari (Förmågeguiden)", "Kykyviisari (work and functional capacity)"), true,
            "https://sivusto.kykyviisari.fi/", [Rater.Client], [])),
        (OutcomesStar, new InstrumentContent(
            new LocalizedName("Outcomes Star", "Outcomes Star", "Outcomes Star"), true,
            "https://www.outcomesstar.org.uk/", [Rater.Client, Rater.Worker], [])),
        (SoskuTutka, new InstrumentContent(
            new LocalizedName("SOSKU-Tutka", "SOSKU-Tutka", "SOSKU-Tutka"), true,
            "https://thl.fi/tutkimus-ja-kehittaminen/tutkimukset-ja-hankkeet/sosku/sosiaalisen-kuntoutuksen-opas/kuntoutustarpeen-selvittaminen",
            [Rater.Client, Rater.Worker], [])),
    ];

    /// <summary>Adds the national defaults a database does not have yet; an instrument already there (any version) is left as it is.</summary>
    public static async Task EnsureAsync(PolkuDbContext db, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var existing = await db.Instruments.Where(i => i.OrganisationId == Instrument.National).Select(i => i.Key).Distinct().ToListAsync(cancellationToken);
        db.Instruments.AddRange(Defaults
            .Where(d => !existing.Contains(d.Key))
            .Select(d => Instrument.Create(Instrument.National, d.Key, 1, d.Content, now)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static InstrumentDomain Wheel(string code, string fi, string sv, string en) => new(code, new LocalizedName(fi, sv, en), 1, 10, WheelLabels);

    private static InstrumentDomain Agreement(string code, string fi, string sv, string en) => new(code, new LocalizedName(fi, sv, en), 1, 5, AgreementLabels);
}
