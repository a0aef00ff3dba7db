using Microsoft.Playwright;

namespace Polku.Browser.Tests;

/// <summary>In Vantaa (team policy) a worker opens another team's client by stating a reason, and the registrar reviews it.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class StatedReasonTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_worker_opens_another_teams_client_with_a_reason_and_the_registrar_reviews_it()
    {
        var clientId = await fixture.ClientIdAsync("Hyvönen");
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.SignInAsync("vantaa.sw");

        // Not listed among the worker's clients.
        await page.GotoAsync("clients?search=hyv");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Hyvönen");

        // A colleague's link: refused, with the way to state a reason.
        var response = await page.GotoAsync($"clients/{clientId}");
        Assert.Equal(403, response?.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This client's record is not open to you");
        await page.AssertAccessibleAsync("stated-reason-1-hidden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the client's record by stating a reason" }).ClickAsync();

        // The reason is required; after it, the record opens.
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the record" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("stated-reason-2-required");
        await page.GetByLabel("Covering for a colleague").CheckAsync();
        await page.GetByLabel("Explanation").FillAsync("Kaisa on lomalla");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the record" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hyvönen Tero");
        await page.AssertAccessibleAsync("stated-reason-3-opened");

        // The registrar sees the opening and marks it reviewed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.SignInAsync("vantaa.registrar");
        await page.GetByRole(AriaRole.Link, new() { Name = "Openings with a reason" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Hyvönen Tero" });
        await Assertions.Expect(row).ToContainTextAsync("Covering for a colleague: Kaisa on lomalla");
        await Assertions.Expect(row).ToContainTextAsync("Veera Salonen");
        await page.AssertAccessibleAsync("stated-reason-4-review");
        await row.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Marked reviewed.");
        await page.AssertAccessibleAsync("stated-reason-5-reviewed");
    }
}
