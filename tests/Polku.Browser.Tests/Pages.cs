using Microsoft.Playwright;
using Polku.Data.Seed;

namespace Polku.Browser.Tests;

/// <summary>What several flows do the same way.</summary>
public static class Pages
{
    /// <summary>The domains of the seeded life-situation wheel, in its order.</summary>
    public static readonly string[] WheelDomains =
        ["housing", "finances", "health", "substance-use", "mental-wellbeing", "relationships", "everyday-skills", "work-study", "leisure-participation"];

    /// <summary>A browser session of its own for the user, in Finnish, signed in: several people can act in one flow.</summary>
    public static async Task<IPage> SignedInAsync(this BrowserFixture fixture, string userName)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl });
        await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=fi|uic=fi", Url = fixture.BaseUrl }]);
        var page = await context.NewPageAsync();
        await page.SignInAsync(userName);
        return page;
    }

    /// <summary>Signs in with the demo password and waits for the signed-in menu.</summary>
    public static async Task SignInAsync(this IPage page, string userName)
    {
        await page.GotoAsync("sign-in");
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(DemoData.Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("nav[aria-label] >> nth=1")).ToBeVisibleAsync();
    }
}
