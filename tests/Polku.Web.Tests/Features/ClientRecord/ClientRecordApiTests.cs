using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.ClientRecord;

public abstract class ClientRecordApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task The_whole_timeline_filters_by_kind_with_the_time_of_day()
    {
        using var api = await factory.ApiAsync("demo.sc");
        var clientId = await api.NewClientAsync("Aikajanallinen");
        await api.PostJsonAsync($"/api/v1/clients/{clientId}/entries", new { kind = "PhoneCall", occurredOn = "2026-11-23", minutes = 10, text = "Soitettu." }, HttpStatusCode.Created);
        await api.PostJsonAsync("/api/v1/referrals", new { clientId, source = "kela", receivedOn = "2026-11-19", description = "Kelan ilmoitus." }, HttpStatusCode.Created);
        using var browser = await factory.SignedInBrowserAsync("demo.sc", "en");
        var all = TestClients.Text(await browser.GetStringAsync($"/clients/{clientId}/timeline"));
        Assert.Contains("Soitettu.", all);
        Assert.Contains("Kelan ilmoitus.", all);
        Assert.Contains("23.11.2026 10.00", all); // recorded the same day: the test clock's 8.00 UTC is 10.00 in Finland
        Assert.DoesNotContain("19.11.2026 10.00", all); // a referral received earlier shows no time of recording
        var referralsOnly = TestClients.Text(await browser.GetStringAsync($"/clients/{clientId}/timeline?kind=Referral"));
        Assert.Contains("Kelan ilmoitus.", referralsOnly);
        Assert.DoesNotContain("Soitettu.", referralsOnly);
    }

    [Fact]
    public async Task Entries_appear_on_the_timeline_with_author_and_minutes()
    {
        using var client = await factory.ApiAsync("demo.sc");
        var clientId = await client.NewClientAsync();
        await client.PostJsonAsync($"/api/v1/clients/{clientId}/entries", new { kind = "HomeVisit", occurredOn = "2026-11-16", minutes = 90, text = "Kotikäynti." }, HttpStatusCode.Created);
        await client.PostJsonAsync($"/api/v1/clients/{clientId}/entries", new { kind = "GuidanceToLowThresholdGroup", occurredOn = "2026-11-18", minutes = 15, text = "Ohjattu avoimeen ryhmään." }, HttpStatusCode.Created);

        var timeline = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}/timeline")).EnumerateArray().ToList();
        Assert.Equal(["GuidanceToLowThresholdGroup", "HomeVisit"], timeline.Select(i => i.GetProperty("type").GetString()));
        Assert.Equal("Mikael Nyström", timeline[1].GetProperty("author").GetString());
        Assert.Equal(90, timeline[1].GetProperty("minutes").GetInt32());
    }

    [Fact]
    public async Task Bad_entries_are_explained()
    {
        using var client = await factory.ApiAsync("demo.sc", "en");
        var clientId = await client.NewClientAsync();
        var future = factory.Time.GetUtcNow().AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var response = await client.PostAsJsonAsync($"/api/v1/clients/{clientId}/entries", new { kind = "Note", occurredOn = future, minutes = 5000, text = " " });
        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("occurredOn", out _));
        Assert.Equal("Give a number from 0 to 1440.", errors.GetProperty("minutes")[0].GetString());
        Assert.Equal("Required.", errors.GetProperty("text")[0].GetString());

        using var badKind = await client.PostAsJsonAsync($"/api/v1/clients/{clientId}/entries", new { kind = "Party", occurredOn = "2026-11-02", text = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        using var unknownClient = await client.PostAsJsonAsync($"/api/v1/clients/{Guid.NewGuid()}/entries", new { kind = "Note", occurredOn = "2026-11-02", text = "x" });
        Assert.Equal(HttpStatusCode.NotFound, unknownClient.StatusCode);
    }
}

public sealed class ClientRecordApiTests_Sqlite(SqliteFactory factory) : ClientRecordApiTests<SqliteFactory>(factory);

public sealed class ClientRecordApiTests_Postgres(PostgresFactory factory) : ClientRecordApiTests<PostgresFactory>(factory);
