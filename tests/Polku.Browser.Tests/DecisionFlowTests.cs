using Microsoft.Playwright;

namespace Polku.Browser.Tests;

/// <summary>
/// A Vantaa decision goes the way Vantaa decides: a counsellor prepares it, the client steering group deals with it,
/// and the leading social worker signs it — three people, each in their own browser session. Every page passes axe;
/// screenshots are saved.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class DecisionFlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_Vantaa_decision_passes_the_steering_group_and_the_leads_signature()
    {
        var clientId = await fixture.ClientIdAsync("Nieminen");

        // The counsellor prepares the decision from the client page and hands it to the steering group.
        var counsellor = await fixture.SignedInAsync("vantaa.sc");
        await counsellor.GotoAsync($"clients/{clientId}");
        var main = counsellor.Locator("main");
        await counsellor.Locator("#typeCode").SelectOptionAsync("workshop-activity");
        await main.GetByRole(AriaRole.Button, new() { Name = "Aloita päätös" }).ClickAsync();
        await Assertions.Expect(counsellor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/decisions/[0-9a-f-]+$"));
        var decisionUrl = counsellor.Url;
        await counsellor.AssertAccessibleAsync("decision-1-draft");

        // Handing it on half-written names what is missing; what was typed stays.
        await counsellor.Locator("#service").FillAsync("Työpaja Tikkurila");
        await main.GetByRole(AriaRole.Button, new() { Name = "Lähetä eteenpäin" }).ClickAsync();
        await Assertions.Expect(main.Locator(".error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(counsellor.Locator("#service")).ToHaveValueAsync("Työpaja Tikkurila");
        await counsellor.AssertAccessibleAsync("decision-2-incomplete");

        await counsellor.Locator("#outcome-0").CheckAsync();
        await counsellor.Locator("#reasons").FillAsync("Asiakas on ollut pitkään kotona ilman päivärytmiä. Palvelutarpeen arvioinnin mukaan hän tarvitsee sosiaalista kuntoutusta (SHL 17 §); työpaja tukee suunnitelman tavoitteita.");
        await counsellor.Locator("#decided").FillAsync("Asiakkaalle myönnetään työpajatoimintaa kuuden kuukauden ajaksi.");
        await main.GetByRole(AriaRole.Button, new() { Name = "Lähetä eteenpäin" }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToHaveTextAsync("Päätös lähetettiin eteenpäin.");
        await Assertions.Expect(main.Locator("dl.facts").First).ToContainTextAsync("Asiakasohjausryhmässä");
        // The preparer cannot sign in Vantaa, and the page says who can.
        await Assertions.Expect(main).ToContainTextAsync("Tämän voi tehdä: Asiakasohjausryhmän jäsen.");
        await counsellor.AssertAccessibleAsync("decision-3-submitted");

        // The steering group finds it on its agenda and records its statement.
        var group = await fixture.SignedInAsync("vantaa.group");
        await group.GotoAsync("");
        await group.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Nieminen") }).First.ClickAsync();
        await Assertions.Expect(group).ToHaveURLAsync(decisionUrl);
        await group.AssertAccessibleAsync("decision-4-agenda");
        await group.Locator("#note").FillAsync("Ryhmä puoltaa työpajaa kuudeksi kuukaudeksi.");
        await group.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Käsitelty asiakasohjausryhmässä" }).ClickAsync();
        await Assertions.Expect(group.Locator("main").GetByRole(AriaRole.Status)).ToContainTextAsync("päätös on esitetty päätettäväksi");

        // The leading social worker signs; the decision then reads as a decision, with the group's statement in its history.
        var lead = await fixture.SignedInAsync("vantaa.lead");
        await lead.GotoAsync(decisionUrl);
        var leadMain = lead.Locator("main");
        await Assertions.Expect(leadMain.Locator("dl.facts").First).ToContainTextAsync("Esitetty");
        await lead.AssertAccessibleAsync("decision-5-proposed");
        await leadMain.GetByRole(AriaRole.Button, new() { Name = "Allekirjoita päätös" }).ClickAsync();
        await Assertions.Expect(leadMain.GetByRole(AriaRole.Status)).ToHaveTextAsync("Päätös allekirjoitettiin.");
        await Assertions.Expect(leadMain.Locator("dl.facts").First).ToContainTextAsync("Tuula Rantanen");
        await Assertions.Expect(leadMain).ToContainTextAsync("Ryhmä puoltaa työpajaa kuudeksi kuukaudeksi.");
        await lead.AssertAccessibleAsync("decision-6-signed");

        // The counsellor hands it over in person: the last day to request rectification follows.
        await counsellor.GotoAsync(decisionUrl);
        await counsellor.Locator("#deliveryMethod-1").CheckAsync();
        await main.GetByRole(AriaRole.Button, new() { Name = "Anna tiedoksi" }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tiedoksianto kirjattu.");
        await Assertions.Expect(main.Locator("dl.facts").First).ToContainTextAsync("Oikaisuvaatimuksen viimeinen päivä");
        await counsellor.AssertAccessibleAsync("decision-7-delivered");

        // The register lists it.
        await lead.GotoAsync("decisions");
        await Assertions.Expect(lead.Locator("main table")).ToContainTextAsync("Nieminen");
        await lead.AssertAccessibleAsync("decision-8-register");
    }
}
