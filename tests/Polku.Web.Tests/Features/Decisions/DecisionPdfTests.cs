using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Polku.Data.Seed;
using Polku.Domain.Common;
using Polku.Domain.Decisions;
using Polku.Domain.Documents;
using Polku.Web.Features.Decisions;
using Polku.Web.Infrastructure.Localization;
using Polku.Web.Tests.Infrastructure;
using Polku.Web.Tests.Infrastructure.Pdf;

namespace Polku.Web.Tests.Features.Decisions;

/// <summary>
/// The decision as the client gets it: in the decision's language only, with what HL § 44–46 require, the last day to
/// request rectification once delivered and the rule that fixes it before, and no address under a non-disclosure order.
/// </summary>
public sealed partial class DecisionPdfTests : IDisposable
{
    private static readonly DateTimeOffset Created = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Posted on Friday 20.11.2026: deemed received Friday 27.11; the 30th day, Sunday 27.12, follows Christmas, so Monday 28.12.</summary>
    private static readonly AppealDates Posted = AppealDates.For(DeliveryMethod.Letter, new DateOnly(2026, 11, 20));

    private readonly ServiceProvider services = new ServiceCollection()
        .AddLogging()
        .AddLocalization(options => options.ResourcesPath = "Resources")
        .BuildServiceProvider();

    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    private IStringLocalizer<Strings> L => services.GetRequiredService<IStringLocalizer<Strings>>();

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = uiCulture;
        services.Dispose();
    }

    internal static DecisionDocument Finnish(DecisionStatus status = DecisionStatus.Delivered) => new(
        Id: Guid.Parse("0193a6b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b"),
        Language: "fi",
        Status: status,
        OrganisationName: "Vaasa",
        ClientName: "Mäkinen Eetu",
        IdentityCode: "010594Y9032",
        BirthDate: new DateOnly(1994, 5, 1),
        Address: "Kauppapuistikko 12 B 5, 65100 Vaasa",
        TypeName: "Kuntouttava työtoiminta",
        Content: new DecisionContent
        {
            TypeCode = "rehabilitative-work-activity",
            Service = "Työpaja Upseeri",
            Outcome = DecisionOutcome.Granted,
            StartsOn = new DateOnly(2026, 12, 1),
            EndsOn = new DateOnly(2027, 5, 31),
            LegalBases = ["189/2001:2"],
            Reasons = "Asiakas on ollut työttömänä yli kaksi vuotta. Aktivointisuunnitelmassa on sovittu kuntouttavasta työtoiminnasta.",
            Decided = "Eetu Mäkiselle myönnetään kuntouttavaa työtoimintaa Työpaja Upseerissa kolmena päivänä viikossa.",
            MoreInformation = "Sosiaaliohjaaja Mikael Nyström, puhelin 040 123 4567",
            Language = "fi",
        },
        LegalBasisCitations: ["Laki kuntouttavasta työtoiminnasta (189/2001) 2 §"],
        Preparer: new("Mikael Nyström", "sosiaaliohjaaja"),
        Decider: status is DecisionStatus.Signed or DecisionStatus.Delivered or DecisionStatus.Annulled ? new("Sanna Virtanen", "sosiaalityöntekijä") : null,
        DecidedOn: status is DecisionStatus.Signed or DecisionStatus.Delivered or DecisionStatus.Annulled ? new DateOnly(2026, 11, 20) : null,
        Appeal: status == DecisionStatus.Delivered ? Posted : null,
        AppealTexts: DemoAppealInstructions.Finnish(DemoData.VaasaCode),
        AppealInstructionVersion: 1,
        AnnulmentReason: "",
        PreviousDecisionId: null,
        Archive: new ArchiveMetadata(
            ServiceTaskSeed.WorkingAgeSocialRehabilitation, ServiceTaskSeed.Defaults[0].Name, DocumentType.Decision, "05.01.02", Publicity.Secret, 10));

    internal static DecisionDocument Swedish() => Finnish() with
    {
        Language = "sv",
        OrganisationName = "Vasa",
        ClientName = "Björklund Elsa",
        IdentityCode = "020594X903P",
        Address = "Handelsesplanaden 12 B 5, 65100 Vasa",
        TypeName = "Arbetsverksamhet i rehabiliteringssyfte",
        Content = Finnish().Content with
        {
            Service = "Resurscentret Föregångarna",
            Reasons = "Klienten har varit arbetslös i över två år. I aktiveringsplanen har man kommit överens om arbetsverksamhet i rehabiliteringssyfte.",
            Decided = "Elsa Björklund beviljas arbetsverksamhet i rehabiliteringssyfte vid Resurscentret Föregångarna tre dagar i veckan.",
            MoreInformation = "Socialhandledare Mikael Nyström, telefon 040 123 4567",
            Language = "sv",
        },
        LegalBasisCitations = ["Lagen om arbetsverksamhet i rehabiliteringssyfte (189/2001) 2 §"],
        Preparer = new("Mikael Nyström", "socialhandledare"),
        Decider = new("Sanna Virtanen", "socialarbetare"),
        AppealTexts = DemoAppealInstructions.Swedish(DemoData.VaasaCode),
    };

    [Fact]
    public void A_delivered_finnish_decision_holds_its_reasons_provisions_last_day_and_appeal_instructions()
    {
        var d = Finnish();
        var pdf = DecisionPdf.Render(d, L, Created);
        var text = Text(pdf);

        Assert.Equal("28.12.2026", Format.Date(Posted.RectificationDeadline));
        foreach (var expected in new[]
        {
            "Päätös: Kuntouttava työtoiminta", "Päätöksen tehnyt viranomainen", "Vaasa", "Päätöspäivä 20.11.2026",
            "Asianosainen", "Mäkinen Eetu", "010594Y9032", "Kauppapuistikko 12 B 5, 65100 Vaasa",
            d.Content.Decided, "Työpaja Upseeri", "Myönnetään", "1.12.2026–31.5.2027",
            "Perustelut", d.Content.Reasons, "Sovelletut säännökset", "Laki kuntouttavasta työtoiminnasta (189/2001) 2 §",
            "Päätöksen tehnyt Sanna Virtanen, sosiaalityöntekijä", "Päätöksen valmistellut Mikael Nyström, sosiaaliohjaaja",
            "Lisätietoja antaa " + d.Content.MoreInformation,
            "Oikaisuvaatimusohje", "Oikaisuvaatimus on tehtävä 30 päivän kuluessa päätöksen tiedoksisaannista.",
            "20.11.2026 – Kirje", "Tiedoksisaantipäivä 27.11.2026", "Oikaisuvaatimusajan viimeinen päivä 28.12.2026",
            "Oikaisuvaatimuksen on oltava perillä viimeistään määräajan viimeisenä päivänä ennen virka-ajan päättymistä.",
            "Arkistointitiedot", "Työikäisten sosiaalinen kuntoutus", "05.01.02",
        })
        {
            Assert.Contains(Normalised(expected), text, StringComparison.Ordinal);
        }

        foreach (var appealText in Texts(d.AppealTexts!))
        {
            Assert.Contains(Normalised(appealText), text, StringComparison.Ordinal);
        }

        // Delivered: the dates are known, so the rule that fixes them is not repeated, and nothing says "draft".
        Assert.DoesNotContain("seitsemäntenä päivänä", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Luonnos", text, StringComparison.Ordinal);
        Assert.Equal(("Päätös", "Sanna Virtanen"), PdfReader.Read(pdf, p => (p.Information.Title, p.Information.Author)));
        Assert.Equal("paatos-2026-11-20.pdf", DecisionPdf.FileName(d, L));
    }

    [Fact]
    public void A_swedish_decision_is_in_swedish_throughout_and_holds_not_one_finnish_sentence()
    {
        // The user reads Finnish; the client's decision is in Swedish all the same.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fi");
        var d = Swedish();
        var pdf = DecisionPdf.Render(d, L, Created);
        var text = Text(pdf);

        Assert.Equal("fi", CultureInfo.CurrentUICulture.Name);
        foreach (var expected in new[]
        {
            "Beslut: Arbetsverksamhet i rehabiliteringssyfte", "Beslutande myndighet", "Vasa", "Beslutsdatum 20.11.2026", "Part", "Björklund Elsa",
            "Personbeteckning 020594X903P", d.Content.Decided, "Beviljas", "Giltighetstid 1.12.2026–31.5.2027",
            "Motivering", d.Content.Reasons, "Tillämpade bestämmelser", "Lagen om arbetsverksamhet i rehabiliteringssyfte (189/2001) 2 §",
            "Beslutet har fattats av Sanna Virtanen, socialarbetare", "Beslutet har beretts av Mikael Nyström, socialhandledare",
            "Tilläggsuppgifter ges av " + d.Content.MoreInformation,
            "Anvisning för begäran om omprövning", "Begäran om omprövning ska framställas inom 30 dagar från delfåendet av beslutet.",
            "20.11.2026 – Brev", "Dagen för delfåendet 27.11.2026", "Sista dagen för begäran om omprövning 28.12.2026",
            "Arkiveringsuppgifter", "Social rehabilitering för personer i arbetsför ålder",
        })
        {
            Assert.Contains(Normalised(expected), text, StringComparison.Ordinal);
        }

        foreach (var appealText in Texts(d.AppealTexts!))
        {
            Assert.Contains(Normalised(appealText), text, StringComparison.Ordinal);
        }

        // Addresses and e-mail addresses that read the same in both languages are not Finnish sentences.
        var shared = Normalised(string.Join("\n", Texts(d.AppealTexts!)));
        var finnish = FinnishResourceTexts().Concat(Texts(DemoAppealInstructions.Finnish(DemoData.VaasaCode)).SelectMany(Sentences).Where(s => !shared.Contains(s, StringComparison.Ordinal)))
            .Where(t => text.Contains(t, StringComparison.Ordinal))
            .ToList();
        Assert.True(finnish.Count == 0, "Finnish in the Swedish decision: " + string.Join(" | ", finnish));
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        var (title, language) = PdfReader.Read(pdf, p => (p.Information.Title, p.TryGetXmpMetadata(out var xmp) ? xmp.GetXDocument().Descendants(dc + "language").Single().Value : null));
        Assert.Equal(("Beslut", "sv"), (title, language));
        Assert.Equal("beslut-2026-11-20.pdf", DecisionPdf.FileName(d, L));
    }

    [Fact]
    public void The_address_is_left_out_when_the_reader_may_not_see_it_and_a_client_without_a_code_is_named_by_birth_date()
    {
        var d = Finnish() with { Address = null, IdentityCode = null };
        var text = Text(DecisionPdf.Render(d, L, Created));

        Assert.DoesNotContain("Kauppapuistikko", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Osoite", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Henkilötunnus", text, StringComparison.Ordinal);
        Assert.Contains("Syntymäaika 1.5.1994", text, StringComparison.Ordinal);
        Assert.Contains("Mäkinen Eetu", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DecisionStatus.Draft)]
    [InlineData(DecisionStatus.SteeringGroup)]
    [InlineData(DecisionStatus.Proposed)]
    public void A_decision_not_yet_made_says_so_in_its_title_and_at_its_top(DecisionStatus status)
    {
        var d = Finnish(status) with { AppealInstructionVersion = null };
        var pdf = DecisionPdf.Render(d, L, Created);
        var text = Text(pdf);

        Assert.Equal("Päätösluonnos", PdfReader.Read(pdf, p => p.Information.Title));
        Assert.Contains("Päätösluonnos: Kuntouttava työtoiminta Luonnos – asiaa ei ole vielä ratkaistu", text, StringComparison.Ordinal);
        Assert.Contains("Päätöstä ei ole vielä tehty", text, StringComparison.Ordinal);
        Assert.Contains("Päätöspäivä ei vielä päätetty", text, StringComparison.Ordinal);
        Assert.Contains("Päätöksen tehnyt ei vielä päätetty", text, StringComparison.Ordinal);
        Assert.Equal("Mikael Nyström", PdfReader.Read(pdf, p => p.Information.Author));
        Assert.Equal("paatosluonnos.pdf", DecisionPdf.FileName(d, L));
    }

    [Fact]
    public void A_decision_not_yet_delivered_states_the_thirty_day_rule_and_how_receipt_is_counted()
    {
        var text = Text(DecisionPdf.Render(Finnish(DecisionStatus.Signed), L, Created));

        Assert.Contains("Oikaisuvaatimus on tehtävä 30 päivän kuluessa päätöksen tiedoksisaannista. Tiedoksisaantipäivää ei lueta määräaikaan.", text, StringComparison.Ordinal);
        Assert.Contains("Kirjeenä lähetetyn päätöksen katsotaan tulleen tiedoksi seitsemäntenä päivänä", text, StringComparison.Ordinal);
        Assert.Contains("sähköisesti lähetetyn päätöksen kolmantena päivänä", text, StringComparison.Ordinal);
        Assert.Contains("Henkilökohtaisesti luovutettu päätös on saatu tiedoksi luovutuspäivänä.", text, StringComparison.Ordinal);
        Assert.Contains("oikaisuvaatimuksen saa tehdä ensimmäisenä arkipäivänä sen jälkeen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Oikaisuvaatimusajan viimeinen päivä", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Luonnos", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_annulled_decision_says_so_with_its_reason()
    {
        var d = Finnish() with { Status = DecisionStatus.Annulled, AnnulmentReason = "Päätöksessä oli väärä palveluntuottaja." };
        var pdf = DecisionPdf.Render(d, L, Created);
        var text = Text(pdf);

        Assert.Equal("Kumottu päätös", PdfReader.Read(pdf, p => p.Information.Title));
        Assert.Contains("Päätös on kumottu Tämä päätös on kumottu, eikä se ole enää voimassa. Kumoamisen syy Päätöksessä oli väärä palveluntuottaja.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_appeal_texts_in_its_language_the_decision_says_they_are_missing()
    {
        var text = Text(DecisionPdf.Render(Finnish(DecisionStatus.Draft) with { AppealTexts = null }, L, Created));

        Assert.Contains("Oikaisuvaatimusohjeen tekstejä ei ole tallennettu tällä kielellä.", text, StringComparison.Ordinal);
        Assert.Contains("Oikaisuvaatimus on tehtävä 30 päivän kuluessa", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DecisionOutcome.Granted, "2026-12-01", null, "1.12.2026 alkaen toistaiseksi")]
    [InlineData(DecisionOutcome.Continued, null, null, "toistaiseksi")]
    [InlineData(DecisionOutcome.Granted, null, "2027-05-31", "31.5.2027 saakka")]
    [InlineData(DecisionOutcome.Denied, "2026-12-01", "2027-05-31", "1.12.2026–31.5.2027")]
    [InlineData(DecisionOutcome.Denied, null, null, null)]
    public void The_period_is_a_term_or_until_further_notice_and_a_denial_has_none_of_its_own(DecisionOutcome outcome, string? starts, string? ends, string? expected)
    {
        var d = Finnish();
        d = d with { Content = d.Content with { Outcome = outcome, StartsOn = Date(starts), EndsOn = Date(ends) } };
        using var finnish = UiLanguage.Use("fi");

        var decision = DecisionOutline.Of(d, L).Single(p => p.Id == "decision");

        Assert.Equal(expected, decision.Lines.SingleOrDefault(line => line.Label == "Voimassaoloaika")?.Text);
    }

    [Fact]
    public void The_outline_has_the_parts_of_a_decision_in_order()
    {
        using var swedish = UiLanguage.Use("sv");

        var parts = DecisionOutline.Of(Swedish(), L);

        Assert.Equal(["basics", "party", "decision", "reasons", "officials", "appeal", "archive"], parts.Select(p => p.Id));
        Assert.Equal(["Uppgifter om beslutet", "Part", "Beslut", "Motivering", "Beslutsfattare och tilläggsuppgifter", "Anvisning för begäran om omprövning", "Arkiveringsuppgifter"],
            parts.Select(p => p.Heading));
        Assert.Contains(parts.Single(p => p.Id == "archive").Lines, line => line.Label == "Version av anvisningen för begäran om omprövning" && line.Text == "1");
    }

    [Fact]
    public async Task The_page_shows_the_same_decision_in_its_own_language_with_its_lang_attribute()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fi");
        var d = Swedish() with { Address = null };
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());

        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<DecisionDocumentView>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Document"] = d }));
            return output.ToHtmlString();
        });

        var article = XElement.Parse(TestClients.Text(html).Replace("&", "&amp;", StringComparison.Ordinal));
        Assert.Equal("article", article.Name.LocalName);
        Assert.Equal("sv", (string?)article.Attribute("lang"));
        Assert.Equal("Beslut: Arbetsverksamhet i rehabiliteringssyfte", article.Element("h2")!.Value);
        var headings = article.Elements("section").Select(s => s.Element("h3")!.Value).ToList();
        Assert.Equal("Anvisning för begäran om omprövning", headings[5]);
        var facts = article.Descendants("dt").Zip(article.Descendants("dd"), (dt, dd) => (dt.Value, dd.Value)).ToList();
        Assert.Contains(("Beslutet har fattats av", "Sanna Virtanen, socialarbetare"), facts);
        Assert.Contains(("Sista dagen för begäran om omprövning", "28.12.2026"), facts);
        Assert.DoesNotContain(facts, f => f.Item1 == "Adress");
        Assert.Contains(article.Descendants("p"), p => p.Value == d.Content.Reasons);
        Assert.Equal("fi", CultureInfo.CurrentUICulture.Name);
    }

    private static DateOnly? Date(string? value) => value is null ? null : DateOnly.Parse(value, CultureInfo.InvariantCulture);

    private static string[] Texts(AppealTexts texts) => [texts.Authority, texts.HowToRequest, texts.RequestContents, texts.ContactDetails];

    /// <summary>
    /// The PDF's body text as one line: each page's header (organisation and title, date) and page number are checked
    /// and left out, so a sentence running onto the next page reads whole; wrapping becomes single spaces.
    /// </summary>
    private static string Text(byte[] pdf)
    {
        var (title, author) = PdfReader.Read(pdf, p => (p.Information.Title, p.Information.Author));
        var pages = PdfReader.PageTexts(pdf);
        var body = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var lines = pages[i].Split('\n');
            Assert.EndsWith(" " + title, lines[0], StringComparison.Ordinal);
            Assert.Equal($"{i + 1} ({pages.Count})", lines[^1]);
            body.AddRange(lines[2..^1]);
        }

        Assert.False(string.IsNullOrEmpty(author));
        return Normalised(string.Join("\n", body));
    }

    private static string Normalised(string text) => Whitespace().Replace(text, " ").Trim();

    private static IEnumerable<string> Sentences(string text) =>
        text.Split(['.', '\n', ':'], StringSplitOptions.RemoveEmptyEntries).Select(Normalised).Where(s => s.Length >= 12);

    /// <summary>
    /// Every Finnish text the outline prints from the resources (decision labels, outcomes, delivery methods, archive
    /// metadata), split where arguments go in; short words that Swedish shares (a name, a number) are left out.
    /// </summary>
    private static IEnumerable<string> FinnishResourceTexts()
    {
        string[] prefixes = ["DecisionDoc.", "DecisionOutcome.", "DeliveryMethod.", "Archive.", "Publicity.", "DocumentType."];
        return XDocument.Load(Path.Combine(SourceTree.Root, "src", "Polku.Web", "Resources", "Strings.resx")).Root!.Elements("data")
            .Where(e => prefixes.Any(p => ((string)e.Attribute("name")!).StartsWith(p, StringComparison.Ordinal)))
            .Where(e => !((string)e.Attribute("name")!).EndsWith("FileName", StringComparison.Ordinal))
            .SelectMany(e => Placeholder().Split((string?)e.Element("value") ?? ""))
            .Select(Normalised)
            .Where(t => t.Length >= 4)
            .Distinct();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
