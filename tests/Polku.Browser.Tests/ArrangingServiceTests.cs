using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Polku.Browser.Tests;

/// <summary>
/// Arranging the service (domain.md step 6): from Eetu Mäkinen's signed workshop decision the social worker refers him
/// to Työpaja Upseeri with his consent, gives the payment commitment, queues him and starts him, and his path shows the
/// step; the provider's instructor sees the ending commitment on her front page and marks a session's attendance;
/// Espoo's worker opens the month's allowance list. Every page passes axe; screenshots are saved.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed partial class ArrangingServiceTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_signed_decision_leads_to_a_referral_a_commitment_a_queue_place_and_a_start()
    {
        var eetu = await fixture.ClientIdAsync("Mäkinen");
        var upseeri = (await fixture.ServiceIdAsync("upseeri")).ToString();
        var worker = await fixture.SignedInAsync("demo.sw");
        var main = worker.Locator("main");

        // The catalogue answers "what fits a 19-year-old and has room".
        await worker.GotoAsync("services?age=19&hasRoom=true");
        await Assertions.Expect(main.Locator("table")).ToContainTextAsync("Työpaja Upseeri");
        await worker.AssertAccessibleAsync("services-1-catalogue");

        // The referral carries the decision's summary and the chosen goal, on the consent he gave.
        await worker.GotoAsync($"clients/{eetu}/provider-referrals/new");
        await worker.Locator("#serviceId").SelectOptionAsync(upseeri);
        await worker.Locator("#decisionId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await worker.Locator("#disclosure-0").CheckAsync();
        await worker.Locator("#disclosureNote").FillAsync("Suullinen suostumus suunnitelmapalaverissa.");
        await worker.Locator("#goals-0").CheckAsync();
        await worker.AssertAccessibleAsync("services-2-referral-form");
        await main.GetByRole(AriaRole.Button, new() { Name = "Lähetä ohjaus" }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToContainTextAsync("Ohjaus lähetettiin.");
        await Assertions.Expect(main).ToContainTextAsync("Työpaja Upseeri");
        await worker.AssertAccessibleAsync("services-3-referral");

        // The payment commitment rests on the same decision, within its term.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await worker.GotoAsync($"clients/{eetu}");
        var give = main.Locator("form", new() { Has = worker.GetByRole(AriaRole.Button, new() { Name = "Anna maksusitoumus" }) });
        await give.Locator("#decisionId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await give.Locator("#serviceId").SelectOptionAsync(upseeri);
        await give.Locator("#startsOn").FillAsync(Iso(today));
        await give.Locator("#endsOn").FillAsync(Iso(today.AddDays(60)));
        await give.Locator("#maxUnits").FillAsync("26");
        await give.GetByRole(AriaRole.Button, new() { Name = "Anna maksusitoumus" }).ClickAsync();
        await Assertions.Expect(worker).ToHaveURLAsync(CommitmentUrl());
        await Assertions.Expect(main).ToContainTextAsync("Työpaja Upseeri");
        await worker.AssertAccessibleAsync("services-4-commitment");

        // He queues for the workshop from his page, and the worker starts him from the service's queue.
        await worker.GotoAsync($"clients/{eetu}");
        await worker.Locator("#queueServiceId").SelectOptionAsync(upseeri);
        await main.GetByRole(AriaRole.Button, new() { Name = "Lisää jonoon" }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Status).First).ToContainTextAsync("Asiakas lisättiin jonoon.");
        await worker.AssertAccessibleAsync("services-5-client-page");

        await worker.GotoAsync($"services/{upseeri}");
        await worker.AssertAccessibleAsync("services-6-queue");
        await main.GetByRole(AriaRole.Button, new() { NameRegex = StartEetu() }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Status).First).ToContainTextAsync("Palvelu aloitettiin.");

        // The start moved him on his path: the workshop is the step of rehabilitative work activity.
        await worker.GotoAsync($"clients/{eetu}");
        var moves = main.Locator("table", new() { Has = worker.Locator("caption", new() { HasText = "Siirtymät polulla" }) }).First;
        await Assertions.Expect(moves).ToContainTextAsync("Kuntouttava työtoiminta");
        await Assertions.Expect(moves).ToContainTextAsync("Työpaja Upseeri");
    }

    [Fact]
    public async Task The_provider_sees_the_ending_commitment_and_marks_attendance_and_Espoo_lists_the_allowances()
    {
        var provider = await fixture.SignedInAsync("demo.provider");
        var main = provider.Locator("main");
        await provider.GotoAsync("");
        var commitments = main.Locator("section", new() { Has = provider.GetByRole(AriaRole.Heading, new() { Name = "Maksusitoumukset" }) });
        await Assertions.Expect(commitments).ToContainTextAsync("Laine");
        await provider.AssertAccessibleAsync("provider-1-front-page");

        await provider.GotoAsync("groups");
        await main.GetByRole(AriaRole.Link, new() { Name = "Upseerin aamuryhmä" }).ClickAsync();
        await provider.AssertAccessibleAsync("provider-2-group");
        // The latest session this week is open for marking: everyone present but the first member.
        await main.Locator("section[aria-labelledby=sessions] a").Last.ClickAsync();
        var marks = main.Locator("#marks input[type=checkbox]");
        await Assertions.Expect(marks.First).ToBeVisibleAsync();
        for (var i = 0; i < await marks.CountAsync(); i++)
        {
            await marks.Nth(i).SetCheckedAsync(i > 0);
        }

        await main.GetByRole(AriaRole.Button, new() { Name = "Tallenna läsnäolo" }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Status).First).ToContainTextAsync("Läsnäolo tallennettu.");
        await Assertions.Expect(marks.First).Not.ToBeCheckedAsync();
        await Assertions.Expect(marks.Nth(1)).ToBeCheckedAsync();

        // Espoo's worker opens this month's allowance list and downloads it for the payment.
        var espoo = await fixture.SignedInAsync("espoo.sw");
        await espoo.GotoAsync("groups");
        await espoo.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Arjen taidot" }).First.ClickAsync();
        await espoo.Locator("main #allowances + p a").First.ClickAsync();
        var table = espoo.Locator("main table", new() { Has = espoo.Locator("#allowance-caption") });
        await Assertions.Expect(table).ToContainTextAsync("€");
        await espoo.AssertAccessibleAsync("allowances-1-list");
        var csvHref = await espoo.Locator("main a", new() { HasText = "Lataa CSV" }).GetAttributeAsync("href");
        var csv = await espoo.APIRequest.GetAsync(csvHref!);
        Assert.Equal(200, csv.Status);
        Assert.Contains("text/csv", csv.Headers["content-type"], StringComparison.Ordinal);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("/commitments/[0-9a-f-]+$")]
    private static partial Regex CommitmentUrl();

    [GeneratedRegex("^Aloita: .*Mäkinen")]
    private static partial Regex StartEetu();
}
