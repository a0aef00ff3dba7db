using System.Net.Http.Json;
using System.Text.Json;
using Polku.Data.Seed;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Commitments;

/// <summary>
/// The demo's commitments: the young client's Työpaja Upseeri commitment ends within 30 days and shows on both demo.sw's
/// and demo.provider's front pages; Validia's ends in about four months and warns nobody yet.
/// </summary>
public sealed class DemoCommitmentsTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task The_expiring_workshop_commitment_is_on_the_workers_and_the_providers_front_pages()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var all = (await worker.GetFromJsonAsync<JsonElement>("/api/v1/commitments")).EnumerateArray().ToList();
        var workshop = all.Single(c => c.GetProperty("clientName").GetString() == "Laine Joonas");
        Assert.Equal(factory.Today.AddDays(18), workshop.Date("endsOn"));
        Assert.True(workshop.GetProperty("warning").GetBoolean());
        Assert.True(workshop.GetProperty("unitsUsed").GetInt32() > 0);
        Assert.NotEqual(JsonValueKind.Null, workshop.GetProperty("providerReferralId").ValueKind);
        var dayActivity = all.Single(c => c.GetProperty("clientName").GetString() == "Kallio Marketta");
        Assert.False(dayActivity.GetProperty("warning").GetBoolean());
        Assert.InRange(dayActivity.Date("endsOn").DayNumber - factory.Today.DayNumber, 90, 130);

        var link = $"commitments/{workshop.GetProperty("id").GetGuid()}";
        using var sanna = await factory.SignedInBrowserAsync("demo.sw", "en");
        var workersPage = TestClients.Text(await sanna.GetStringAsync("/"));
        Assert.Contains(link, workersPage, StringComparison.Ordinal);
        Assert.Contains("Commitment ends", workersPage, StringComparison.Ordinal);
        using var paula = await factory.SignedInBrowserAsync("demo.provider", "en");
        var providersPage = TestClients.Text(await paula.GetStringAsync("/"));
        Assert.Contains(link, providersPage, StringComparison.Ordinal);
        Assert.Contains("Laine Joonas", providersPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Kallio Marketta", providersPage, StringComparison.Ordinal);

        // The commitment page offers the worker the continuation in one step; the provider records usage only.
        var page = TestClients.Text(await sanna.GetStringAsync(link));
        Assert.Contains("Start a continuation decision", page, StringComparison.Ordinal);
        var providersView = TestClients.Text(await paula.GetStringAsync(link));
        Assert.DoesNotContain("Start a continuation decision", providersView, StringComparison.Ordinal);
        Assert.Contains("Record invoiced units", providersView, StringComparison.Ordinal);

        // The client page's section lists it and offers a commitment from the granting decision.
        var clientPage = TestClients.Text(await sanna.GetStringAsync($"/clients/{workshop.GetProperty("clientId").GetGuid()}"));
        Assert.Contains("id=\"commitments\"", clientPage, StringComparison.Ordinal);
        Assert.Contains(link, clientPage, StringComparison.Ordinal);
        Assert.Contains("Give a payment commitment", clientPage, StringComparison.Ordinal);

        // The worker's list of those ending within 30 days has the workshop and not the day activity.
        var expiring = (await worker.GetFromJsonAsync<JsonElement>("/api/v1/commitments?expiringWithinDays=30")).EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(workshop.GetProperty("id").GetGuid(), expiring);
        Assert.DoesNotContain(dayActivity.GetProperty("id").GetGuid(), expiring);
    }

    [Fact]
    public async Task The_workers_continuation_button_starts_a_draft_continuing_the_commitments_decision()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var workshop = (await worker.GetFromJsonAsync<JsonElement>("/api/v1/commitments")).EnumerateArray().Single(c => c.GetProperty("clientName").GetString() == "Laine Joonas");
        var link = $"/commitments/{workshop.GetProperty("id").GetGuid()}";
        using var browser = await factory.SignedInBrowserAsync("demo.sw", "en");
        using var response = await browser.SubmitFormAsync(link, "continue", new Dictionary<string, string> { ["Continue.Version"] = workshop.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var location = response.Headers.Location?.ToString() ?? response.RequestMessage!.RequestUri!.ToString();
        Assert.Contains("decisions/", location, StringComparison.Ordinal);
        var draftId = Guid.Parse(location.Split("decisions/")[1].Split('?', '#')[0]);
        var draft = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/decisions/{draftId}");
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.Equal("Continued", draft.GetProperty("content").GetProperty("outcome").GetString());
        Assert.Equal(workshop.Date("endsOn").AddDays(1), draft.GetProperty("content").Date("startsOn"));

        // The page now links the draft instead of starting another.
        var page = TestClients.Text(await browser.GetStringAsync(link));
        Assert.Contains($"decisions/{draftId}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Start a continuation decision", page, StringComparison.Ordinal);
    }
}
