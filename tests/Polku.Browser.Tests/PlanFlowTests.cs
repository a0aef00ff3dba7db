using Microsoft.Playwright;

namespace Polku.Browser.Tests;

/// <summary>
/// A worker makes a client plan with three GAS goals, records an initial measurement, holds a review and sees the
/// T-score and the radar chart — once in Finnish from a completed assessment, once in Swedish with a reason to start
/// before one. Every page passes axe; screenshots are saved.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class PlanFlowTests(BrowserFixture fixture)
{
    public sealed record Texts(
        string Language, string Start, string Save, string Agree, string Agreed, string HoldReview, string SaveReview, string Reviewed, string SaveMeasurement,
        string Wheel);

    private static readonly Texts Finnish = new("fi", "Aloita asiakassuunnitelma", "Tallenna", "Hyväksy suunnitelma asiakkaan kanssa", "Suunnitelma hyväksytty ja lukittu.",
        "Pidä tarkistus", "Tallenna tarkistus", "Tarkistus tallennettu. GAS-T-luku on 53,3.", "Tallenna mittaus", "Elämäntilannekehä");

    private static readonly Texts Swedish = new("sv", "Börja klientplan", "Spara", "Godkänn planen med klienten", "Planen godkänd och låst.",
        "Håll översyn", "Spara översynen", "Översynen sparad. GAS-T-värdet är 53,3.", "Spara mätningen", "Livssituationscirkeln");

    [Fact]
    public Task A_plan_from_the_assessment_in_Finnish() => MakePlanAsync(Finnish, "Heikkinen", reason: null);

    [Fact]
    public Task An_urgent_plan_before_the_assessment_in_Swedish() => MakePlanAsync(Swedish, "Karimi", reason: "Akut stöd behövs innan bedömningen är klar.");

    private async Task MakePlanAsync(Texts t, string lastName, string? reason)
    {
        var clientId = await fixture.ClientIdAsync(lastName);
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl });
        await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={t.Language}|uic={t.Language}", Url = fixture.BaseUrl }]);
        var page = await context.NewPageAsync();
        await page.SignInAsync("demo.sw");
        var main = page.Locator("main");
        var shot = $"plan-{t.Language}";

        // Start the plan from the client page.
        await page.GotoAsync($"clients/{clientId}");
        if (reason is not null)
        {
            await page.Locator("#startReason").FillAsync(reason);
        }

        await main.GetByRole(AriaRole.Button, new() { Name = t.Start }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/plans/[0-9a-f-]+$"));
        await page.AssertAccessibleAsync($"{shot}-1-draft");

        // Three goals, one at a time: each save brings a new empty goal. The first is saved half-written and kept.
        await FillGoalAsync(page, 0, "Herään yhdeksältä", weight: "2", levels: ["ei koskaan", "joskus", "", "useimmiten", "aina"]);
        await main.GetByRole(AriaRole.Button, new() { Name = t.Save, Exact = true }).ClickAsync();
        await Assertions.Expect(main.Locator(".error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[id='goals[0].title']")).ToHaveValueAsync("Herään yhdeksältä");
        await page.AssertAccessibleAsync($"{shot}-2-goal-missing-level");
        await page.Locator("[id='goals[0].levels.2']").FillAsync("kolmena aamuna viikossa");
        await main.GetByRole(AriaRole.Button, new() { Name = t.Save, Exact = true }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await FillGoalAsync(page, 1, "Käyn ryhmässä", weight: "1", levels: ["en käy", "kerran", "joka viikko", "kahdesti viikossa", "ohjaan itse"]);
        await main.GetByRole(AriaRole.Button, new() { Name = t.Save, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[id='goals[2].title']")).ToBeVisibleAsync();
        await FillGoalAsync(page, 2, "Hoidan laskut", weight: "1", levels: ["en avaa postia", "avaan postin", "maksan laskut", "maksan ajallaan", "teen budjetin"]);

        // The rest of what an agreed plan needs, then agreement with the client.
        if (reason is not null)
        {
            await page.Locator("#workerAssessment").FillAsync("Behöver stöd i vardagen och med ekonomin.");
        }

        await page.Locator("#endsOn").FillAsync("30.11.2027");
        await page.Locator("#supportLevel-1").CheckAsync();
        await page.Locator("#clientParticipated").CheckAsync();
        await page.Locator("#clientAgreement-0").CheckAsync();
        await main.GetByRole(AriaRole.Button, new() { Name = t.Agree }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToHaveTextAsync(t.Agreed);
        var planUrl = page.Url;
        await page.AssertAccessibleAsync($"{shot}-3-agreed");

        // The initial measurement on the life-situation wheel.
        await page.GotoAsync($"clients/{clientId}/measurements/new");
        await main.GetByRole(AriaRole.Link, new() { Name = t.Wheel }).ClickAsync();
        await RateAsync(page, 3);
        await main.GetByRole(AriaRole.Button, new() { Name = t.SaveMeasurement }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

        // The review: weights 2, 1, 1 at +1, 0, −1 give 50 + 10·1/√(0.7·6 + 0.3·16) = 53.3.
        await page.GotoAsync(planUrl);
        await main.GetByRole(AriaRole.Link, new() { Name = t.HoldReview }).ClickAsync();
        await page.AssertAccessibleAsync($"{shot}-4-review-form");
        await page.Locator("[id='goals[0].level-3']").CheckAsync();
        await page.Locator("[id='goals[1].level-2']").CheckAsync();
        await page.Locator("[id='goals[2].level-1']").CheckAsync();
        await page.Locator("#outcome-0").CheckAsync();
        await main.GetByRole(AriaRole.Button, new() { Name = t.SaveReview }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToHaveTextAsync(t.Reviewed);
        var trend = main.Locator("figure#gas-trend");
        await Assertions.Expect(trend.Locator("svg[role=img] polyline, svg[role=img] circle, svg[role=img] path").First).ToBeAttachedAsync();
        await Assertions.Expect(trend.Locator("table")).ToContainTextAsync("53,3");
        await page.AssertAccessibleAsync($"{shot}-5-t-score");

        // A follow-up measurement, and the change as a radar chart with its table.
        await page.GotoAsync($"clients/{clientId}/measurements/new");
        await main.GetByRole(AriaRole.Link, new() { Name = t.Wheel }).ClickAsync();
        await RateAsync(page, 6);
        await main.GetByRole(AriaRole.Button, new() { Name = t.SaveMeasurement }).ClickAsync();
        var radar = main.Locator("figure[id^='radar-life-situation-wheel']").First;
        await Assertions.Expect(radar.Locator("svg[role=img]")).ToBeVisibleAsync();
        await Assertions.Expect(radar.Locator("table")).ToContainTextAsync("+3");
        await page.AssertAccessibleAsync($"{shot}-6-radar");

        // The plan prints without the page's controls.
        await page.GotoAsync(planUrl);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(main.GetByRole(AriaRole.Link, new() { Name = t.HoldReview })).ToBeHiddenAsync();
        await Assertions.Expect(trend.Locator("table")).ToBeVisibleAsync();
    }

    private static async Task FillGoalAsync(IPage page, int index, string title, string weight, string[] levels)
    {
        await page.Locator($"[id='goals[{index}].title']").FillAsync(title);
        await page.Locator($"[id='goals[{index}].weight']").FillAsync(weight);
        for (var level = 0; level < levels.Length; level++)
        {
            await page.Locator($"[id='goals[{index}].levels.{level}']").FillAsync(levels[level]);
        }
    }

    private static async Task RateAsync(IPage page, int score)
    {
        foreach (var domain in Pages.WheelDomains)
        {
            await page.Locator($"input[name='score-{domain}'][value='{score}']").CheckAsync();
        }
    }
}
