using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Polku.Data.Seed;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Referrals;

/// <summary>A referral's handling worker: picked up from the pile, assigned by a lead, never taken twice.</summary>
public abstract class ReferralHandlingTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task A_referral_is_picked_up_once_and_the_second_taker_is_told_who_has_it()
    {
        var referral = await NewReferralAsync();
        using var first = await factory.ApiAsync("demo.sw", "en");
        var unassigned = await first.GetFromJsonAsync<JsonElement>("/api/v1/referrals?scope=unassigned&status=open&pageSize=100");
        Assert.Contains(unassigned.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == referral);

        var taken = await first.PostJsonAsync($"/api/v1/referrals/{referral}/handler", new { }, HttpStatusCode.OK);
        Assert.Equal("Sanna Virtanen", taken.GetProperty("handler").GetProperty("name").GetString());
        var mine = await first.GetFromJsonAsync<JsonElement>("/api/v1/referrals?scope=mine&pageSize=100");
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == referral);

        using var second = await factory.ApiAsync("demo.sc", "en");
        using var refused = await second.PostAsJsonAsync($"/api/v1/referrals/{referral}/handler", new { });
        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Sanna Virtanen has already taken this referral.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_lead_hands_a_referral_on_within_the_organisation_only()
    {
        var referral = await NewReferralAsync();
        using var lead = await factory.ApiAsync("demo.lead", "en");
        var counsellor = await factory.UserIdAsync("demo.sc");
        var assigned = await lead.PostJsonAsync($"/api/v1/referrals/{referral}/handler", new { employeeId = counsellor }, HttpStatusCode.OK);
        Assert.Equal(counsellor, assigned.GetProperty("handler").GetProperty("id").GetGuid());

        using var outsider = await lead.PostAsJsonAsync($"/api/v1/referrals/{referral}/handler", new { employeeId = await factory.UserIdAsync("vantaa.sw") });
        Assert.True((await outsider.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("employeeId", out _));
        using var registrar = await lead.PostAsJsonAsync($"/api/v1/referrals/{referral}/handler", new { employeeId = await factory.UserIdAsync("demo.registrar") });
        await registrar.AssertProblemAsync(HttpStatusCode.BadRequest);

        // A worker cannot hand a referral to someone else.
        using var worker = await factory.ApiAsync("demo.sw", "en");
        using var notLead = await worker.PostAsJsonAsync($"/api/v1/referrals/{referral}/handler", new { employeeId = await factory.UserIdAsync("demo.sw") });
        await notLead.AssertProblemAsync(HttpStatusCode.Conflict);
        using var toOther = await worker.PostAsJsonAsync($"/api/v1/referrals/{referral}/handler", new { employeeId = counsellor });
        Assert.Equal("Only a lead can assign a referral to someone else.",
            (await toOther.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("employeeId")[0].GetString());
    }

    [Fact]
    public async Task The_notifier_is_recorded_as_section_35_asks()
    {
        using var worker = await factory.ApiAsync("demo.sw", "en");
        var clientId = await worker.NewClientAsync("Ilmoitettu");
        var created = await worker.PostJsonAsync("/api/v1/referrals", new
        {
            clientId, source = "health-services", receivedOn = "2026-11-20", description = "Huoli arjen sujumisesta.",
            notifierName = "Terhi Hoitaja", notifierOrganisation = "Vaasan terveyskeskus", notifierContact = "040 123 4567", clientInformed = true,
            handleMyself = true, responsibleWorkerId = await factory.UserIdAsync("demo.sw"),
        }, HttpStatusCode.Created);
        var referral = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{created.GetProperty("id").GetGuid()}");
        Assert.Equal("Terhi Hoitaja", referral.GetProperty("notifierName").GetString());
        Assert.Equal("Vaasan terveyskeskus", referral.GetProperty("notifierOrganisation").GetString());
        Assert.True(referral.GetProperty("clientInformed").GetBoolean());
        Assert.Equal("Sanna Virtanen", referral.GetProperty("handler").GetProperty("name").GetString());
        var client = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}");
        Assert.Equal("Sanna Virtanen", client.GetProperty("responsibleWorker").GetProperty("name").GetString());
    }

    private async Task<Guid> NewReferralAsync()
    {
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").BuildAsync();
        using var worker = await factory.ApiAsync("demo.sc");
        var created = await worker.PostJsonAsync("/api/v1/referrals", new { clientId, source = "kela", receivedOn = "2026-11-20", description = "Pinosta." }, HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }
}

public sealed class ReferralHandlingTests_Sqlite(SqliteFactory factory) : ReferralHandlingTests<SqliteFactory>(factory);

public sealed class ReferralHandlingTests_Postgres(PostgresFactory factory) : ReferralHandlingTests<PostgresFactory>(factory);
