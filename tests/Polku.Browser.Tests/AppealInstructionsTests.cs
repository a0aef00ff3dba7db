using Microsoft.Playwright;

namespace Polku.Browser.Tests;

/// <summary>
/// An administrator opens the appeal instructions from the configuration page, sees the Finnish and Swedish texts side by
/// side, is told which field is missing, and saves a new version. Every state passes axe.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class AppealInstructionsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_administrator_edits_the_appeal_instructions_in_finnish_and_swedish()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl });
        await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=sv|uic=sv", Url = fixture.BaseUrl }]);
        var page = await context.NewPageAsync();
        await page.SignInAsync("vantaa.admin");
        var main = page.Locator("main");

        await page.GotoAsync("configuration");
        await main.GetByRole(AriaRole.Link, new() { Name = "Anvisning för begäran om omprövning och kontaktuppgifter i besluten" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Anvisning för begäran om omprövning");
        await Assertions.Expect(page.Locator("#current-version")).ToContainTextAsync("Gällande version 1");
        await Assertions.Expect(page.Locator("[id='sv.authority']")).ToHaveAttributeAsync("lang", "sv");
        await Assertions.Expect(page.Locator("[id='fi.authority']")).ToHaveAttributeAsync("lang", "fi");
        await Assertions.Expect(page.Locator("[id='sv.authority']")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Vanda stads social- och hälsovårdsnämnds"));
        await page.AssertAccessibleAsync("appeal-instructions-1-sv");

        // The Finnish authority emptied: the summary names the field, and what was typed stays.
        await page.Locator("[id='fi.authority']").FillAsync("");
        await page.Locator("[id='sv.contactDetails']").FillAsync("");
        await main.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(main.Locator(".error-summary")).ToContainTextAsync("Till vem begäran om omprövning riktas, På finska");
        await Assertions.Expect(page.Locator("[id='fi.authority']")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.AssertAccessibleAsync("appeal-instructions-2-error-sv");

        await page.Locator("[id='fi.authority']").FillAsync("Vantaan sosiaali- ja terveyslautakunnan yksilöasiainjaosto\nPL 1100, 01030 Vantaan kaupunki");
        await main.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToContainTextAsync("Sparad som version 2.");
        await Assertions.Expect(main.Locator("#swedish-missing")).ToContainTextAsync("beslut på svenska kan inte undertecknas");
        await page.AssertAccessibleAsync("appeal-instructions-3-saved-sv");
    }
}
