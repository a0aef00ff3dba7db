using Microsoft.Playwright;
using Polku.Data.Seed;

namespace Polku.Browser.Tests;

/// <summary>
/// The worker's desk without detours: from the client's page, a new referral to a completed service-need assessment
/// in at most five clicks (typing and choosing not counted), for a client who has no responsible worker yet — with
/// the mouse, and with the keyboard alone. Every page on the way passes axe; focus, reflow and contrast are checked
/// where axe cannot see them.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class DeskFlowTests(BrowserFixture fixture)
{
    private const int ClickBudget = 5;

    [Fact]
    public async Task A_referral_becomes_a_completed_assessment_in_five_clicks()
    {
        var (page, context) = await SignedInAsync("demo.sc");
        await using var _ = context;
        var clientUrl = await RegisterAsync(page, "Klikkinen");
        var loads = CountPageLoads(page);
        var clicks = 0;
        async Task Click(ILocator target)
        {
            clicks++;
            await target.ClickAsync();
        }

        var main = page.Locator("main");
        await Click(main.GetByRole(AriaRole.Link, new() { Name = "New referral or contact" }));
        await main.GetByLabel("Source").SelectOptionAsync(new SelectOptionValue { Label = "TE Office" });
        await main.GetByLabel("Description").FillAsync("Young adult without a study place.");
        await page.AssertAccessibleAsync("desk-1-new-referral");
        await Click(main.GetByRole(AriaRole.Button, new() { Name = "Save referral" }));
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToBeFocusedAsync();
        await page.AssertAccessibleAsync("desk-2-referral");
        await Click(main.GetByRole(AriaRole.Button, new() { Name = "Start a service-need assessment" }));
        await Assertions.Expect(main.GetByRole(AriaRole.Complementary)).ToContainTextAsync("Young adult without a study place.");
        await page.AssertAccessibleAsync("desk-3-assessment");
        await FillAssessmentAsync(main);
        await Click(main.GetByRole(AriaRole.Button, new() { Name = "Save and complete" }));
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToContainTextAsync("The assessment is completed.");
        await page.AssertAccessibleAsync("desk-4-completed");

        Assert.InRange(clicks, 1, ClickBudget);
        Assert.InRange(loads(), 1, 5);

        // The client now has a responsible worker, named on the referral form without a detour.
        await page.GotoAsync(clientUrl);
        await Assertions.Expect(main.Locator("dl.facts")).ToContainTextAsync("Mikael Nyström");

        // The whole timeline, filtered by kind, is a page of its own to read and print.
        await main.GetByRole(AriaRole.Link, new() { Name = "The whole timeline, filtering and printing" }).ClickAsync();
        await main.GetByLabel("Referrals").UncheckAsync();
        await main.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.List, new() { Name = "The client's timeline" })).Not.ToContainTextAsync("Referral:");
        await Assertions.Expect(main.GetByRole(AriaRole.List, new() { Name = "The client's timeline" })).ToContainTextAsync("Assessment completed");
        await page.AssertAccessibleAsync("desk-5-timeline");
    }

    [Fact]
    public async Task The_same_flow_works_by_keyboard_alone()
    {
        var (page, context) = await SignedInAsync("demo.sc");
        await using var _ = context;
        await page.GotoAsync(await RegisterAsync(page, "Näppäimistö"));
        var main = page.Locator("main");

        // The skip link moves focus into the content, and the first Tab lands on what follows.
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();

        await TabToAsync(page, main.GetByRole(AriaRole.Link, new() { Name = "New referral or contact" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("New referral");
        await TabToAsync(page, main.GetByLabel("Source"));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await TabToAsync(page, main.GetByLabel("Description"));
        await page.Keyboard.TypeAsync("Referred by keyboard.");
        await TabToAsync(page, main.GetByRole(AriaRole.Button, new() { Name = "Save referral" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToBeFocusedAsync();
        await TabToAsync(page, main.GetByRole(AriaRole.Button, new() { Name = "Start a service-need assessment" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(main.GetByRole(AriaRole.Complementary)).ToContainTextAsync("Referred by keyboard.");

        await TabToAsync(page, main.GetByLabel("The client's own view of their needs"));
        await page.Keyboard.TypeAsync("I want a rhythm to my days.");
        await TabToAsync(page, main.GetByLabel("The worker's assessment"));
        await page.Keyboard.TypeAsync("Loneliness; motivated for group activity.");
        await ChooseAsync(page, main, "Long-term");
        await ChooseAsync(page, main, "No", "Special support need (SHL § 3)");
        await ChooseAsync(page, main, "Client of social services");
        await ChooseAsync(page, main, "The client's own request");
        await ChooseAsync(page, main, "Yes", "Conclusion: is social rehabilitation needed?");
        await TabToAsync(page, main.GetByLabel("Reasons"));
        await page.Keyboard.TypeAsync("Goal-directed support strengthens participation.");
        await TabToAsync(page, main.GetByRole(AriaRole.Button, new() { Name = "Save and complete" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToContainTextAsync("The assessment is completed.");
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Focus_is_visible_pages_reflow_at_320_px_and_choices_are_large_enough()
    {
        var (page, context) = await SignedInAsync("demo.sw", width: 320);
        await using var _ = context;
        foreach (var url in new[] { "", "clients", "referrals", "clients/new" })
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            var wide = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll')).slice(0, 5).map(e => e.outerHTML.slice(0, 120))");
            Assert.True(overflow <= 0, $"/{url} scrolls sideways by {overflow} px at 320 px: {string.Join(" | ", wide)}");
        }

        // The focus ring against the page: at least 3:1 (WCAG 1.4.11).
        await page.GotoAsync("clients/new");
        await page.Locator("#firstNames").FocusAsync();
        var ratio = await page.EvaluateAsync<double>(
            """
            () => {
                const luminance = rgb => {
                    const [r, g, b] = rgb.match(/\d+/g).slice(0, 3).map(v => v / 255).map(c => c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
                    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                };
                const ring = luminance(getComputedStyle(document.activeElement).outlineColor);
                const ground = luminance(getComputedStyle(document.documentElement).backgroundColor);
                return (Math.max(ring, ground) + 0.05) / (Math.min(ring, ground) + 0.05);
            }
            """);
        Assert.True(ratio >= 3, $"The focus ring has {ratio:0.00}:1 contrast");

        await page.GotoAsync("clients/new");
        var box = await page.Locator("#interpreterNeeded").BoundingBoxAsync();
        Assert.True(box is { Width: >= 20, Height: >= 20 }, $"A checkbox is {box?.Width}×{box?.Height} px");
    }

    private async Task<(IPage Page, IBrowserContext Context)> SignedInAsync(string userName, int width = 1280)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseUrl, Locale = "en-GB", ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = fixture.BaseUrl }]);
        var page = await context.NewPageAsync();
        await page.GotoAsync("sign-in");
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(DemoData.Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("nav[aria-label] >> nth=1")).ToBeVisibleAsync();
        return (page, context);
    }

    /// <summary>Registers a client with no identity code (not part of the counted flow) and returns the client page's address.</summary>
    private static async Task<string> RegisterAsync(IPage page, string lastName)
    {
        await page.GotoAsync("clients/new");
        var main = page.Locator("main");
        await main.GetByLabel("Birth date").FillAsync("12.4.2005");
        await main.GetByLabel("First names").FillAsync("Testi");
        await main.GetByLabel("Last name").FillAsync(lastName);
        await main.GetByLabel("Language").SelectOptionAsync("fi");
        await main.GetByRole(AriaRole.Button, new() { Name = "Register client" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{lastName} Testi");
        return page.Url;
    }

    private static async Task FillAssessmentAsync(ILocator main)
    {
        await main.GetByLabel("The client's own view of their needs").FillAsync("I want a rhythm to my days.");
        await main.GetByLabel("The worker's assessment").FillAsync("Loneliness; motivated for group activity.");
        await main.GetByLabel("Long-term").CheckAsync();
        await main.GetByRole(AriaRole.Group, new() { Name = "Special support need (SHL § 3)" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await main.GetByLabel("Client of social services").CheckAsync();
        await main.GetByLabel("The client's own request").CheckAsync();
        await main.GetByRole(AriaRole.Group, new() { Name = "Conclusion: is social rehabilitation needed?" }).GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await main.GetByLabel("Reasons").FillAsync("Goal-directed support strengthens participation.");
    }

    /// <summary>Counts the pages the browser loads, full or enhanced (fetches of HTML), from now on.</summary>
    private static Func<int> CountPageLoads(IPage page)
    {
        var loads = 0;
        page.Request += (_, request) =>
        {
            if (request.IsNavigationRequest || (request.ResourceType == "fetch" && request.Headers.TryGetValue("accept", out var accept) && accept.Contains("text/html", StringComparison.Ordinal)))
            {
                loads++;
            }
        };
        return () => loads;
    }

    /// <summary>Presses Tab until the target has focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 80; presses++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {target}");
    }

    /// <summary>Ticks a checkbox or chooses a radio by keyboard: Tab to it (radios: arrows within the group), then Space.</summary>
    private static async Task ChooseAsync(IPage page, ILocator main, string label, string? group = null)
    {
        var scope = group is null ? main : main.GetByRole(AriaRole.Group, new() { Name = group });
        var option = scope.GetByLabel(label, new() { Exact = group is not null });
        if (await option.GetAttributeAsync("type") == "radio")
        {
            var name = await option.GetAttributeAsync("name");
            await TabToAsync(page, main.Locator($"input[name=\"{name}\"]").First);
            for (var i = 0; i < 6 && !await option.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
            {
                await page.Keyboard.PressAsync("ArrowDown");
            }
        }
        else
        {
            await TabToAsync(page, option);
        }

        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(option).ToBeCheckedAsync();
    }
}
