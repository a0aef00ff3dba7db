using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Referrals;

public abstract class ReferralsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Theory]
    [InlineData("2026-10-30", false, "2026-11-10")] // Friday before All Saints' Saturday
    [InlineData("2025-04-17", true, "2025-04-30")]  // Easter 2025, § 36 special group
    [InlineData("2026-06-18", false, "2026-06-30")] // Midsummer 2026
    public async Task A_referral_gets_its_assessment_deadline_in_working_days(string receivedOn, bool specialGroup, string due)
    {
        using var client = await factory.ApiAsync("demo.sw");
        var clientId = await client.NewClientAsync();
        var referral = await client.PostJsonAsync("/api/v1/referrals", new
        {
            clientId, source = "te-office", receivedOn, description = "TE-toimiston ilmoitus.", consentGiven = true, urgent = false, specialGroup,
        }, HttpStatusCode.Created);
        Assert.Equal(due, referral.GetProperty("assessmentStartDueOn").GetString());
        Assert.Equal("Open", referral.GetProperty("status").GetString());
        Assert.True(referral.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Bad_referrals_are_explained_field_by_field()
    {
        using var client = await factory.ApiAsync("demo.sw", "en");
        var future = factory.Time.GetUtcNow().AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var response = await client.PostAsJsonAsync("/api/v1/referrals", new
        {
            clientId = Guid.NewGuid(), source = "nowhere", receivedOn = future, description = new string('x', 4001),
        });
        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("No such client in this organisation. Register the client first.", errors.GetProperty("clientId")[0].GetString());
        Assert.Equal("Unknown value. Choose from the list.", errors.GetProperty("source")[0].GetString());
        Assert.Equal("The date cannot be in the future.", errors.GetProperty("receivedOn")[0].GetString());
        Assert.Equal("At most 4000 characters.", errors.GetProperty("description")[0].GetString());
    }

    [Fact]
    public async Task A_referral_for_another_organisations_client_is_refused()
    {
        using var vaasa = await factory.ApiAsync("demo.sw");
        var clientId = await vaasa.NewClientAsync();
        using var espoo = await factory.ApiAsync("espoo.sw");
        using var response = await espoo.PostAsJsonAsync("/api/v1/referrals", new { clientId, source = "kela", receivedOn = "2026-11-02", description = "x" });
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_inbox_lists_open_referrals_by_deadline_with_the_overdue_marked()
    {
        using var client = await factory.ApiAsync("demo.sw");
        var inbox = await client.GetFromJsonAsync<JsonElement>("/api/v1/referrals?status=open&pageSize=100");
        var items = inbox.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, i => Assert.Equal("Open", i.GetProperty("status").GetString()));
        var dues = items.Select(i => i.GetProperty("assessmentStartDueOn").GetString()).ToList();
        Assert.Equal(dues.Order(StringComparer.Ordinal), dues);
        var overdue = Assert.Single(items, i => i.GetProperty("clientName").GetString() == "Laaksonen Jari");
        Assert.True(overdue.GetProperty("overdue").GetBoolean());
        Assert.True(overdue.GetProperty("workingDaysLeft").GetInt32() < 0);
        Assert.DoesNotContain(items, i => i.GetProperty("clientName").GetString() == "Björkqvist Linnea"); // assessment already started
    }

    [Fact]
    public async Task Code_lists_are_served_with_names_in_three_languages()
    {
        using var client = await factory.ApiAsync("demo.sw");
        var sources = await client.GetFromJsonAsync<JsonElement>("/api/v1/code-lists/referral-sources");
        var te = Assert.Single(sources.EnumerateArray(), s => s.GetProperty("code").GetString() == "te-office");
        Assert.Equal("TE-toimisto", te.GetProperty("name").GetProperty("fi").GetString());
        Assert.Equal("TE-byrån", te.GetProperty("name").GetProperty("sv").GetString());
        Assert.Equal("TE Office", te.GetProperty("name").GetProperty("en").GetString());
        Assert.Equal(9, sources.GetArrayLength());
        var factors = await client.GetFromJsonAsync<JsonElement>("/api/v1/code-lists/situational-factors");
        Assert.True(factors.GetArrayLength() > 5);
        using var unknown = await client.GetAsync("/api/v1/code-lists/no-such-list");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}

public sealed class ReferralsApiTests_Sqlite(SqliteFactory factory) : ReferralsApiTests<SqliteFactory>(factory);

public sealed class ReferralsApiTests_Postgres(PostgresFactory factory) : ReferralsApiTests<PostgresFactory>(factory);
