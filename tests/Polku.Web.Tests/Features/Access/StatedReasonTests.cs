using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Access;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Access;

/// <summary>Stepping outside the team policy by stating a reason: required, logged, time-limited, seen by the responsible worker and the registrar.</summary>
public abstract class StatedReasonTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task A_hidden_client_opens_with_a_reason_that_is_logged_listed_and_shown_to_the_responsible_worker()
    {
        var clientId = await factory.Client(DemoRegions.VantaaCode).InTeamOf("vantaa.sw2").WithResponsibleWorker("vantaa.sw2").Named("Piilotettu").BuildAsync();
        using var worker = await factory.ApiAsync("vantaa.sw", "en");
        using (var hidden = await worker.GetAsync($"/api/v1/clients/{clientId}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, hidden.StatusCode);
        }

        var search = await worker.GetFromJsonAsync<JsonElement>("/api/v1/clients?search=piilotettu");
        Assert.Equal(0, search.GetProperty("total").GetInt32());

        using (var noReason = await worker.PostAsJsonAsync($"/api/v1/clients/{clientId}/stated-reasons", new { explanation = "" }))
        {
            var problem = await noReason.AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        }

        using (var otherWithoutWords = await worker.PostAsJsonAsync($"/api/v1/clients/{clientId}/stated-reasons", new { reason = "Other" }))
        {
            var problem = await otherWithoutWords.AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("explanation", out _));
        }

        var stated = await worker.PostJsonAsync($"/api/v1/clients/{clientId}/stated-reasons", new { reason = "CoveringColleague", explanation = "Kaisa lomalla" }, HttpStatusCode.Created);
        var userId = await factory.UserIdAsync("vantaa.sw");
        Assert.Equal(userId, stated.GetProperty("employeeId").GetGuid());
        var opened = await worker.PostJsonAsync($"/api/v1/clients/{clientId}/entries", new { kind = "PhoneCall", occurredOn = "2026-11-23", text = "Sijaisena soitettu." }, HttpStatusCode.Created);
        Assert.Equal("PhoneCall", opened.GetProperty("type").GetString());

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
            Assert.True(await db.AuditEvents.AnyAsync(e => e.UserId == userId && e.Action == Actions.ClientAccessWithReason && e.Subjects.Any(s => s.PersonId == clientId)));
        }

        // The registrar lists it for review and marks it reviewed.
        using var registrar = await factory.ApiAsync("vantaa.registrar", "en");
        var listed = await registrar.GetFromJsonAsync<JsonElement>("/api/v1/stated-reasons?unreviewed=true");
        var item = listed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == stated.GetProperty("id").GetGuid());
        Assert.Equal("CoveringColleague", item.GetProperty("reason").GetString());
        await registrar.PostJsonAsync($"/api/v1/stated-reasons/{item.GetProperty("id").GetGuid()}/reviewed", new { }, HttpStatusCode.OK);
        var unreviewed = await registrar.GetFromJsonAsync<JsonElement>("/api/v1/stated-reasons?unreviewed=true");
        Assert.DoesNotContain(unreviewed.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == item.GetProperty("id").GetGuid());

        // Another organisation's registrar does not see it.
        using var vaasaRegistrar = await factory.ApiAsync("demo.registrar", "en");
        var vaasa = await vaasaRegistrar.GetFromJsonAsync<JsonElement>("/api/v1/stated-reasons");
        Assert.DoesNotContain(vaasa.GetProperty("items").EnumerateArray(), i => i.GetProperty("clientId").GetGuid() == clientId);

        // The responsible worker sees who opened the record and why.
        using var responsible = await factory.SignedInBrowserAsync("vantaa.sw2", "en");
        var page = TestClients.Text(await responsible.GetStringAsync($"/clients/{clientId}"));
        Assert.Contains("Record opened with a stated reason", page);
        Assert.Contains("Veera Salonen", page);
        Assert.Contains("Covering for a colleague: Kaisa lomalla", page);
    }

    [Fact]
    public async Task The_access_ends_after_a_working_day()
    {
        var clientId = await factory.Client(DemoRegions.VantaaCode).InTeamOf("vantaa.sw2").BuildAsync();
        using var worker = await factory.ApiAsync("vantaa.sc", "en");
        await worker.PostJsonAsync($"/api/v1/clients/{clientId}/stated-reasons", new { reason = "UrgentMatter" }, HttpStatusCode.Created);
        using (var open = await worker.GetAsync($"/api/v1/clients/{clientId}"))
        {
            Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        }

        // The clock only moves forward: still the same day in Finland, so the other tests of this class are unaffected.
        factory.Time.Advance(StatedReasonAccess.Lifetime + TimeSpan.FromMinutes(1));
        using var later = await factory.ApiAsync("vantaa.sc", "en");
        using var closed = await later.GetAsync($"/api/v1/clients/{clientId}");
        Assert.Equal(HttpStatusCode.Forbidden, closed.StatusCode);
    }

    [Fact]
    public async Task Another_organisations_client_cannot_be_opened_with_a_reason()
    {
        var espooClient = await factory.Client(DemoRegions.EspooCode).InTeamOf("espoo.sw").BuildAsync();
        using var worker = await factory.ApiAsync("vantaa.sw", "en");
        using var response = await worker.PostAsJsonAsync($"/api/v1/clients/{espooClient}/stated-reasons", new { reason = "UrgentMatter" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_hidden_client_page_offers_stating_a_reason_and_opens_after_it()
    {
        var clientId = await factory.Client(DemoRegions.VantaaCode).InTeamOf("vantaa.sw2").Named("Sivulta").BuildAsync();
        using var browser = await factory.SignedInBrowserAsync("vantaa.sw", "en");
        using (var hidden = await browser.GetAsync($"/clients/{clientId}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, hidden.StatusCode);
            var html = TestClients.Text(await hidden.Content.ReadAsStringAsync());
            Assert.Contains("This client's record is not open to you", html);
            Assert.Contains($"clients/{clientId}/access", html);
            Assert.DoesNotContain("Sivulta", html);
        }

        using (var missing = await browser.SubmitFormAsync($"/clients/{clientId}/access", "state-reason", new Dictionary<string, string> { ["Input.Explanation"] = "kept words" }))
        {
            var html = TestClients.Text(await missing.Content.ReadAsStringAsync());
            Assert.Contains("kept words", html);
            Assert.Contains("field-error", html);
        }

        using var stated = await browser.SubmitFormAsync($"/clients/{clientId}/access", "state-reason", new Dictionary<string, string> { ["Input.Reason"] = "ClientContactedMe" });
        Assert.Equal(HttpStatusCode.Redirect, stated.StatusCode);
        using var open = await browser.GetAsync($"/clients/{clientId}");
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Contains("Sivulta", await open.Content.ReadAsStringAsync());
    }
}

public sealed class StatedReasonTests_Sqlite(SqliteFactory factory) : StatedReasonTests<SqliteFactory>(factory);

public sealed class StatedReasonTests_Postgres(PostgresFactory factory) : StatedReasonTests<PostgresFactory>(factory);
