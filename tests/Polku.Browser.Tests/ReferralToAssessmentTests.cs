using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Polku.Data.Seed;

namespace Polku.Browser.Tests;

/// <summary>
/// A social worker in Swedish takes a new client from registration through a referral to a completed service-need
/// assessment, and every page on the way, including each re-rendered form, passes axe.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed partial class ReferralToAssessmentTests(BrowserFixture fixture)
{
    private const string LastName = "Sjöholm";
    private const string FirstNames = "Elsa Maria";
    private const string ClientName = $"{LastName} {FirstNames}";

    [Fact]
    public async Task Social_worker_takes_a_referral_to_a_completed_assessment_in_Swedish()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, Locale = "fi-FI" });
        var page = await context.NewPageAsync();
        var main = page.Locator("main");

        // Sign in as the Vaasa social worker, in Swedish.
        await page.GotoAsync("sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "På svenska" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Logga in");
        await page.GetByLabel("Användarnamn").FillAsync("demo.sw");
        await page.GetByLabel("Lösenord").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hej, Sanna Virtanen");
        Assert.Equal("sv", await page.Locator("html").GetAttributeAsync("lang"));
        await page.AssertAccessibleAsync("flow-sv-00-home");

        // 1. The client list, then a new client with a personbeteckning whose check character is wrong.
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" });
        await menu.GetByRole(AriaRole.Link, new() { Name = "Klienter", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Klienter");
        await page.AssertAccessibleAsync("flow-sv-01-clients");

        await main.GetByRole(AriaRole.Link, new() { Name = "Ny klient" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ny klient");
        await page.AssertAccessibleAsync("flow-sv-02-new-client");

        var identityCode = main.GetByLabel("Personbeteckning", new() { Exact = true });
        await identityCode.FillAsync("010594Y9033");
        await main.GetByLabel("Förnamn").FillAsync(FirstNames);
        await main.GetByLabel("Efternamn").FillAsync(LastName);
        await main.GetByLabel("Språk").SelectOptionAsync("sv");
        await main.GetByRole(AriaRole.Button, new() { Name = "Registrera klient" }).ClickAsync();

        await Assertions.Expect(main.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kontrollera de markerade fälten.");
        await Assertions.Expect(main.Locator("#identityCode-error")).ToHaveTextAsync("Kontrolltecknet stämmer inte. Kontrollera personbeteckningen.");
        await Assertions.Expect(identityCode).ToHaveValueAsync("010594Y9033");
        await Assertions.Expect(identityCode).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(main.GetByLabel("Förnamn")).ToHaveValueAsync(FirstNames);
        Assert.EndsWith("clients/new", page.Url, StringComparison.Ordinal);
        await AssertErrorLinksLeadToFieldsAsync(page, 1);
        await page.AssertAccessibleAsync("flow-sv-03-new-client-invalid-code");

        // 2. The corrected code registers the client and opens the client's page.
        await identityCode.FillAsync("010516B903X");
        await main.GetByRole(AriaRole.Button, new() { Name = "Registrera klient" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ClientPageUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(ClientName);
        await Assertions.Expect(main.Locator("dl.facts")).ToContainTextAsync("010516B903X");
        await Assertions.Expect(main.Locator("dl.facts")).ToContainTextAsync("Sanna Virtanen");
        await Assertions.Expect(main.GetByText("Det finns inga anmälningar om klienten.")).ToBeVisibleAsync();
        var clientUrl = page.Url;
        await page.AssertAccessibleAsync("flow-sv-04-client");

        // 3. A referral from the TE office received on the Friday before All Saints' weekend: 7 working days end on 10.11.2026.
        await main.GetByRole(AriaRole.Link, new() { Name = "Ny anmälan eller kontakt" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Ny anmälan eller kontakt: {ClientName}");
        await page.AssertAccessibleAsync("flow-sv-05-new-referral");

        await main.GetByLabel("Källa", new() { Exact = false }).SelectOptionAsync(new SelectOptionValue { Label = "TE-byrån" });
        await main.GetByLabel("Mottagen", new() { Exact = false }).FillAsync("30.10.2026");
        await main.GetByLabel("Beskrivning", new() { Exact = false }).FillAsync("Ung vuxen utan studieplats, har dragit sig undan och vill ha stöd i vardagen.");
        await main.GetByLabel("Anmälarens organisation").FillAsync("TE-byrån i Vasa");
        await main.GetByLabel("Personen har gett sitt samtycke (SochVL 35 §)").CheckAsync();
        await Assertions.Expect(main.GetByLabel("Jag tar anmälan till handläggning")).ToBeCheckedAsync();
        // Registering named the worker the client's egen kontaktperson already, so the referral does not offer it again.
        await Assertions.Expect(main.GetByLabel("Jag blir klientens egen kontaktperson")).ToHaveCountAsync(0);
        await main.GetByRole(AriaRole.Button, new() { Name = "Spara anmälan" }).ClickAsync();

        // Saved, the worker lands on the referral, with the deadline and the next step.
        await Assertions.Expect(main.GetByRole(AriaRole.Status))
            .ToContainTextAsync("Anmälan sparad. Bedömningen av servicebehovet ska inledas senast 10.11.2026.");
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToBeFocusedAsync();
        var referralUrl = page.Url;
        await Assertions.Expect(main.Locator("dl.facts")).ToContainTextAsync("Sanna Virtanen");
        await page.AssertAccessibleAsync("flow-sv-06-referral-saved");

        await main.Locator("dl.facts").GetByRole(AriaRole.Link, new() { Name = ClientName }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(ClientName);
        await Assertions.Expect(main.Locator("dl.facts")).ToContainTextAsync("Sanna Virtanen");
        var referralRow = main.GetByRole(AriaRole.Table, new() { Name = "Anmälningar och kontakter" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "30.10.2026" });
        await Assertions.Expect(referralRow).ToContainTextAsync("TE-byrån");
        await Assertions.Expect(referralRow).ToContainTextAsync("10.11.2026");
        await Assertions.Expect(referralRow).ToContainTextAsync("Väntar på bedömning");
        await page.AssertAccessibleAsync("flow-sv-07-client-with-referral");

        // 4. The inbox lists the referral with the deadline, on the worker's own pile.
        await menu.GetByRole(AriaRole.Link, new() { Name = "Anmälningar", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Anmälningar");
        await main.GetByLabel("Vems anmälningar").SelectOptionAsync(new SelectOptionValue { Label = "Mina" });
        await main.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        var inboxRow = main.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = ClientName }) });
        await Assertions.Expect(inboxRow).ToHaveCountAsync(1);
        await Assertions.Expect(inboxRow).ToContainTextAsync("TE-byrån");
        await Assertions.Expect(inboxRow).ToContainTextAsync("30.10.2026");
        await Assertions.Expect(inboxRow).ToContainTextAsync("10.11.2026");
        await Assertions.Expect(inboxRow).ToContainTextAsync("Sanna Virtanen");
        await Assertions.Expect(inboxRow).ToContainTextAsync("Väntar på bedömning");
        await page.AssertAccessibleAsync("flow-sv-08-referral-inbox");

        // 5. The row opens the referral itself, where the assessment starts from it.
        await inboxRow.GetByRole(AriaRole.Link, new() { Name = ClientName }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(referralUrl.Split('?')[0]);
        await main.GetByRole(AriaRole.Button, new() { Name = "Inled bedömning av servicebehov" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(AssessmentPageUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Bedömning av servicebehov: {ClientName}");
        var facts = main.Locator("dl.facts").First; // the status; the archive metadata has its own list below
        await Assertions.Expect(facts).ToContainTextAsync("Pågår");
        await Assertions.Expect(facts).ToContainTextAsync("tidsfrist 10.11.2026");
        await Assertions.Expect(main.GetByRole(AriaRole.Complementary)).ToContainTextAsync("Ung vuxen utan studieplats");
        await page.AssertAccessibleAsync("flow-sv-09-assessment");

        // Completing an empty assessment is refused, field by field.
        await main.GetByRole(AriaRole.Button, new() { Name = "Spara och slutför" }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Alert))
            .ToContainTextAsync("Bedömningen kunde inte slutföras. Innehållet sparades; komplettera de markerade punkterna.");
        foreach (var field in new[] { "clientView", "workerAssessment", "supportNature", "specialSupportNeed", "rehabilitationNeeded", "conclusionReasons" })
        {
            await Assertions.Expect(main.Locator($"#{field}-error")).ToHaveTextAsync("Obligatorisk uppgift.");
        }

        await Assertions.Expect(main.GetByLabel("Klientens egen syn på sina behov")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(facts).ToContainTextAsync("Pågår");
        await Assertions.Expect(main.GetByRole(AriaRole.Button, new() { Name = "Spara och slutför" })).ToBeVisibleAsync();
        await AssertErrorLinksLeadToFieldsAsync(page, 6);
        await Assertions.Expect(main.Locator(".error-summary")).ToBeFocusedAsync();
        await main.Locator(".error-summary a").First.ClickAsync();
        await Assertions.Expect(main.GetByLabel("Klientens egen syn på sina behov")).ToBeFocusedAsync();
        await page.AssertAccessibleAsync("flow-sv-10-assessment-cannot-complete");

        // The filled-in assessment completes.
        await main.GetByLabel("Klientens egen syn på sina behov").FillAsync("Jag vill komma ut bland folk och få rutiner i vardagen.");
        await main.GetByLabel("Arbetstagarens bedömning").FillAsync("Ensamhet och brist på dagsrytm; motiverad att delta i gruppverksamhet.");
        await Group(main, "Stödbehovets art (SochVL 37 §)").GetByLabel("Återkommande").CheckAsync();
        await Group(main, "Behov av särskilt stöd (SochVL 3 §)").GetByLabel("Nej", new() { Exact = true }).CheckAsync();
        await Group(main, "Situationsfaktorer").GetByLabel("Ensamhet").CheckAsync();
        var criteria = Group(main, "Kriterier för social rehabilitering");
        await criteria.GetByLabel("Klient inom socialservicen").CheckAsync();
        await criteria.GetByLabel("Klientens egen begäran").CheckAsync();
        await Group(main, "Slutsats: behövs social rehabilitering?").GetByLabel("Ja", new() { Exact = true }).CheckAsync();
        await main.GetByLabel("Rekommenderade tjänster").FillAsync("Gruppverksamhet inom arbetsverksamhet i rehabiliteringssyfte.");
        await main.GetByLabel("Motiveringar").FillAsync("Målinriktat stöd stärker delaktigheten.");
        await main.GetByRole(AriaRole.Button, new() { Name = "Spara och slutför" }).ClickAsync();

        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToHaveTextAsync("Bedömningen är slutförd. Den kan inte längre ändras.");
        await Assertions.Expect(main.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Assertions.Expect(facts.First).ToContainTextAsync("Slutförd");
        await Assertions.Expect(main.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        await Assertions.Expect(main.GetByRole(AriaRole.Radio)).ToHaveCountAsync(0);
        await Assertions.Expect(main.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(0);
        await Assertions.Expect(main.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(main.GetByRole(AriaRole.Button, new() { Name = "Spara och slutför" })).ToHaveCountAsync(0);
        await Assertions.Expect(main.GetByRole(AriaRole.Button, new() { Name = "Inled en ny bedömning utifrån denna" })).ToBeVisibleAsync();
        await Assertions.Expect(main).ToContainTextAsync("Jag vill komma ut bland folk och få rutiner i vardagen.");
        await Assertions.Expect(main).ToContainTextAsync("Återkommande");
        await Assertions.Expect(main).ToContainTextAsync("Klient inom socialservicen, Klientens egen begäran");
        await Assertions.Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Vad händer härnäst" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("flow-sv-11-assessment-completed");

        // 6. The client's timeline shows the referral, the start of the assessment and its completion.
        await main.GetByRole(AriaRole.Link, new() { Name = "Tillbaka till klientens uppgifter" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(clientUrl);
        await Assertions.Expect(referralRow).ToContainTextAsync("Behandlad");
        await Assertions.Expect(main.GetByLabel("Anmälan som bedömningen inleds utifrån").Locator("option", new() { HasText = "TE-byrån" })).ToHaveCountAsync(0);
        var timeline = main.GetByRole(AriaRole.List, new() { Name = "Klientens tidslinje" });
        await Assertions.Expect(timeline.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Anmälan: TE-byrån" })).ToContainTextAsync("30.10.2026");
        await Assertions.Expect(timeline.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Bedömning av servicebehov inledd" })).ToHaveCountAsync(1);
        await Assertions.Expect(timeline.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Bedömningen slutförd: social rehabilitering behövs" })).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync("flow-sv-12-client-timeline");
    }

    /// <summary>Every link in the error summary points at an element on the page: the field or the group of choices.</summary>
    private static async Task AssertErrorLinksLeadToFieldsAsync(IPage page, int expected)
    {
        var links = page.Locator("main [role=alert] a");
        await Assertions.Expect(links).ToHaveCountAsync(expected);
        var targets = await links.EvaluateAllAsync<string[]>(
            "links => links.map(a => new URL(a.href).hash.slice(1)).filter(id => id.length === 0 || document.getElementById(id) === null)");
        Assert.True(targets.Length == 0, $"Error summary links lead nowhere: #{string.Join(", #", targets)}");
    }

    private static ILocator Group(ILocator scope, string legend) => scope.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });

    [GeneratedRegex(@"/clients/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex ClientPageUrl();

    [GeneratedRegex(@"/assessments/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex AssessmentPageUrl();
}
