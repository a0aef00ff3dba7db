using Microsoft.Playwright;
using Polku.Data.Seed;

namespace Polku.Browser.Tests;

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;

[Collection(nameof(BrowserCollection))]
public sealed class SignInTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("fi", "Suomeksi", "Kirjaudu sisään", "Kirjaudu", "Hei, Sanna Virtanen", "Omat asiakkaat", "Saavutettavuusseloste")]
    [InlineData("sv", "På svenska", "Logga in", "Logga in", "Hej, Sanna Virtanen", "Mina klienter", "Tillgänglighetsutlåtande")]
    [InlineData("en", "In English", "Sign in", "Sign in", "Hello, Sanna Virtanen", "My clients", "Accessibility statement")]
    public async Task Social_worker_signs_in_and_sees_the_front_page(
        string language, string switchLabel, string signInHeading, string submit, string greeting, string myClients, string statement)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, Locale = "fi-FI" });
        var page = await context.NewPageAsync();

        await page.GotoAsync("sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = switchLabel }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(signInHeading);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        await page.AssertAccessibleAsync($"sign-in-{language}");

        await page.GetByLabel(language switch { "sv" => "Användarnamn", "en" => "User name", _ => "Käyttäjätunnus" }).FillAsync("demo.sw");
        await page.GetByLabel(language switch { "sv" => "Lösenord", "en" => "Password", _ => "Salasana" }).FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = submit }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(greeting);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = myClients })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync($"front-page-{language}");

        await page.GetByRole(AriaRole.Link, new() { Name = statement }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(statement);
        await page.AssertAccessibleAsync($"accessibility-statement-{language}");

        // The language choice outlives the session.
        await page.GetByRole(AriaRole.Button, new() { Name = language switch { "sv" => "Logga ut", "en" => "Sign out", _ => "Kirjaudu ulos" } }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(signInHeading);
    }

    [Fact]
    public async Task Wrong_password_is_announced_and_the_page_stays_accessible()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("sign-in");
        await page.GetByLabel("User name").FillAsync("demo.sw");
        await page.GetByLabel("Password").FillAsync("wrong password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Sign-in failed. Check your user name and password.");
        await Assertions.Expect(page.GetByLabel("User name")).ToHaveValueAsync("demo.sw");
        await page.AssertAccessibleAsync("sign-in-failed-en");
    }

    [Fact]
    public async Task Unknown_page_is_the_friendly_404_page()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, Locale = "sv-FI" });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync("no/such/page");
        Assert.Equal(404, response?.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sidan hittades inte");
        await page.AssertAccessibleAsync("not-found-sv");
    }
}

[Collection(nameof(BrowserCollection))]
public sealed class EveryPageTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("demo.admin", "fi")]
    [InlineData("demo.registrar", "sv")]
    [InlineData("demo.provider", "en")]
    [InlineData("demo.lead", "fi")]
    public async Task Every_page_a_role_can_reach_is_accessible(string userName, string language)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl });
        await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = fixture.BaseUrl }]);
        var page = await context.NewPageAsync();
        await page.GotoAsync("sign-in");
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(DemoData.Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("nav[aria-label] >> nth=1")).ToBeVisibleAsync();

        // Every link in the main menu, and the first person's page from the staff list where the role sees it.
        var menu = await page.Locator("header nav ul a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        foreach (var href in menu.Where(h => !h.StartsWith("language", StringComparison.Ordinal)))
        {
            await page.GotoAsync(href);
            await page.AssertAccessibleAsync($"{userName}-{(href.Length == 0 ? "front" : href.Replace('/', '-'))}-{language}");
            if (href == "people")
            {
                await page.Locator("tbody a").First.ClickAsync();
                await Assertions.Expect(page.Locator("dl.facts").First).ToBeVisibleAsync();
                await page.AssertAccessibleAsync($"{userName}-person-{language}");
            }

            if (href == "services")
            {
                await page.Locator("tbody th a").First.ClickAsync();
                await Assertions.Expect(page.Locator("#service-queue")).ToBeVisibleAsync();
                await page.AssertAccessibleAsync($"{userName}-service-{language}");
            }
        }

        // Pages reached from the front page or a configuration page rather than the menu.
        string[] more = userName switch
        {
            "demo.admin" => ["providers", "services/new", "configuration/services"],
            "demo.lead" or "demo.provider" => ["commitments"],
            _ => [],
        };
        foreach (var href in more)
        {
            await page.GotoAsync(href);
            await page.AssertAccessibleAsync($"{userName}-{href.Replace('/', '-')}-{language}");
        }

        Assert.NotEmpty(menu);
    }
}
