using Microsoft.Playwright;

namespace Polku.Browser.Tests;

/// <summary>
/// A worker records an initial and a follow-up life-situation wheel, a mistake on the way kept and pointed out, and sees
/// the change as a radar chart, a trend and tables; an administrator opens the instrument definitions. Every page passes axe.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class MeasurementTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_worker_records_two_measurements_and_sees_the_change_as_pictures_and_numbers()
    {
        var clientId = await fixture.ClientIdAsync("Mäkelä");
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl });
        await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=sv|uic=sv", Url = fixture.BaseUrl }]);
        var page = await context.NewPageAsync();
        await page.SignInAsync("phhyky.sw");
        var main = page.Locator("main");

        await page.GotoAsync($"clients/{clientId}");
        await main.GetByRole(AriaRole.Link, new() { Name = "Registrera en mätning" }).ClickAsync();
        await main.GetByRole(AriaRole.Link, new() { Name = "Livssituationscirkeln" }).ClickAsync();
        await page.AssertAccessibleAsync("measurement-1-form-sv");

        // One area left out: the form says which, and keeps what was chosen.
        await page.Locator("#measuredOn").FillAsync("2.6.2026");
        foreach (var domain in Pages.WheelDomains.Skip(1))
        {
            await page.Locator($"input[name='score-{domain}'][value='3']").CheckAsync();
        }

        await main.GetByRole(AriaRole.Button, new() { Name = "Spara mätningen" }).ClickAsync();
        await Assertions.Expect(main.Locator(".error-summary")).ToContainTextAsync("Ge poäng för området ”Boende”.");
        await Assertions.Expect(page.Locator("input[name='score-finances'][value='3']")).ToBeCheckedAsync();
        await page.AssertAccessibleAsync("measurement-2-form-error-sv");
        await page.Locator("input[name='score-housing'][value='2']").CheckAsync();
        await main.GetByRole(AriaRole.Button, new() { Name = "Spara mätningen" }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToContainTextAsync("Mätningen har sparats.");

        // The follow-up: the form proposes the stage itself.
        await page.GotoAsync($"clients/{clientId}/measurements/new");
        await main.GetByRole(AriaRole.Link, new() { Name = "Livssituationscirkeln" }).ClickAsync();
        await Assertions.Expect(page.Locator("input[name='Input.Stage'][value='FollowUp']")).ToBeCheckedAsync();
        foreach (var domain in Pages.WheelDomains)
        {
            await page.Locator($"input[name='score-{domain}'][value='{(domain == "housing" ? 7 : 5)}']").CheckAsync();
        }

        await main.GetByRole(AriaRole.Button, new() { Name = "Spara mätningen" }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToContainTextAsync("Mätningen har sparats.");

        var radar = main.Locator("figure#radar-life-situation-wheel-Client");
        await Assertions.Expect(radar.Locator("svg[role=img] > title")).ToHaveTextAsync("Livssituationscirkeln, bedömare Klienten själv: inledande och senaste mätning");
        await Assertions.Expect(radar.GetByRole(AriaRole.Row, new() { Name = "Boende" })).ToContainTextAsync("+5");
        await Assertions.Expect(main.Locator("figure#trend-life-situation-wheel-Client table")).ToContainTextAsync("2.6.2026");
        await page.AssertAccessibleAsync("measurement-3-charts-sv");

        // Printed, the charts keep their tables.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(radar.Locator("table")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_administrator_reads_and_edits_the_instrument_definitions()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl });
        await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=fi|uic=fi", Url = fixture.BaseUrl }]);
        var page = await context.NewPageAsync();
        await page.SignInAsync("demo.admin");
        await page.GotoAsync("configuration");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Mittarit: määrittelyt ja versiot" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Organisaation mittarit (uusin versio)" })).ToContainTextAsync("Kykyviisari");
        await page.AssertAccessibleAsync("instruments-1-list-fi");
        await page.GetByRole(AriaRole.Link, new() { Name = "Osallisuuden itsearvio" }).ClickAsync();
        await Assertions.Expect(page.Locator("[id='domains[0].code']")).ToHaveValueAsync("belonging");
        await page.AssertAccessibleAsync("instruments-2-edit-fi");
    }
}
