using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Domain.Audit;
using Polku.Web.Tests.Features.Decisions;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Commitments;

/// <summary>
/// Payment commitments over the API on both databases: given only from a signed granting decision, within its term, for
/// a purchased service, never overlapping; read by the worker and by the provider's staff (their own provider's only);
/// invoiced up to the cap; ended; audited.
/// </summary>
public abstract class CommitmentsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : PolkuFactory
{
    public Task InitializeAsync() => factory.EnsureAppealInstructionsAsync(Polku.Data.Seed.DemoData.VaasaCode);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_commitment_from_a_signed_granting_decision_takes_the_services_price_and_is_audited()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var (clientId, decision) = await factory.GrantedAsync(worker);
        var upseeri = await factory.ServiceIdAsync("upseeri");
        var starts = decision.GetProperty("content").Date("startsOn");
        var ends = starts.AddMonths(3);

        var given = await worker.GiveAsync(decision, upseeri, starts, ends, maxUnits: 40);
        Assert.Equal(48.50m, given.GetProperty("unitPrice").GetDecimal());
        Assert.Equal("Day", given.GetProperty("unit").GetString());
        Assert.Equal(30, given.GetProperty("warningDays").GetInt32());
        Assert.Equal(1940m, given.GetProperty("maxCost").GetDecimal());
        Assert.Equal(0m, given.GetProperty("costSoFar").GetDecimal());
        Assert.Equal(40, given.GetProperty("unitsLeft").GetInt32());
        Assert.Equal(ends.AddDays(-30), given.Date("warnsOn"));
        Assert.False(given.GetProperty("warning").GetBoolean());

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "ClientService.Arrange" && e.Outcome == AuditOutcome.Success && e.Subjects.Any(s => s.PersonId == clientId)));

        var read = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/commitments/{given.Id()}");
        Assert.Equal(clientId, read.GetProperty("clientId").GetGuid());
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "ClientService.Read" && e.Subjects.Any(s => s.PersonId == clientId)));
    }

    [Fact]
    public async Task The_front_page_warns_of_a_commitment_from_its_own_warning_days_before_the_end()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var upseeri = await factory.ServiceIdAsync("upseeri");
        var (_, soonDecision) = await factory.GrantedAsync(worker);
        var (_, laterDecision) = await factory.GrantedAsync(worker);
        var starts = soonDecision.GetProperty("content").Date("startsOn");
        Assert.True(starts <= factory.Today, "the default term starts by today");
        var soon = await worker.GiveAsync(soonDecision, upseeri, starts, factory.Today.AddDays(2));
        // Within the year the front page looks ahead, but not yet within its 30 warning days.
        var later = await worker.GiveAsync(laterDecision, upseeri, starts, factory.Today.AddDays(60));
        Assert.True(soon.GetProperty("warning").GetBoolean());
        Assert.False(later.GetProperty("warning").GetBoolean());

        using var browser = await factory.SignedInBrowserAsync("demo.sw", "en");
        var page = await browser.GetStringAsync("/");
        Assert.Contains($"commitments/{soon.Id()}", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"commitments/{later.Id()}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_commitment_without_a_signed_granting_decision()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var clientId = await factory.Client(Polku.Data.Seed.DemoData.VaasaCode).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        var draft = await worker.ReadyAsync(clientId);
        var upseeri = await factory.ServiceIdAsync("upseeri");
        using var response = await worker.TryGiveAsync(draft.Id(), new { serviceId = upseeri, startsOn = factory.Today.Iso(), endsOn = factory.Today.AddMonths(1).Iso(), maxUnits = 10 });
        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("A payment commitment is given only from a signed decision that grants the service.", problem.GetProperty("title").GetString());

        // A signed decision that refuses the service carries none either.
        var refused = await worker.StepAsync(await worker.ReadyAsync(clientId, d => d["outcome"] = "Denied"), "sign");
        using var onRefusal = await worker.TryGiveAsync(refused.Id(), new { serviceId = upseeri, startsOn = factory.Today.Iso(), endsOn = factory.Today.AddMonths(1).Iso(), maxUnits = 10 });
        await onRefusal.AssertProblemAsync(HttpStatusCode.Conflict);

        // In Finnish too.
        using var finnish = await factory.ApiAsync("demo.sw", "fi");
        using var inFinnish = await finnish.TryGiveAsync(draft.Id(), new { serviceId = upseeri, startsOn = factory.Today.Iso(), endsOn = factory.Today.AddMonths(1).Iso(), maxUnits = 10 });
        Assert.Equal("Maksusitoumus annetaan vain allekirjoitetusta myönteisestä päätöksestä.", (await inFinnish.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Overlapping_commitments_for_the_same_client_and_service_are_refused_saying_the_period()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var (_, decision) = await factory.GrantedAsync(worker);
        var upseeri = await factory.ServiceIdAsync("upseeri");
        var starts = decision.GetProperty("content").Date("startsOn");
        await worker.GiveAsync(decision, upseeri, starts, starts.AddMonths(2).AddDays(-1));

        using var response = await worker.TryGiveAsync(decision.Id(), new { serviceId = upseeri, startsOn = starts.AddMonths(2).AddDays(-1).Iso(), endsOn = starts.AddMonths(4).Iso(), maxUnits = 10 });
        var title = (await response.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString()!;
        Assert.Contains(D(starts) + "–" + D(starts.AddMonths(2).AddDays(-1)), title, StringComparison.Ordinal);
        Assert.Contains("may not overlap", title, StringComparison.Ordinal);

        // The next day on is fine; another service on the same days too.
        await worker.GiveAsync(decision, upseeri, starts.AddMonths(2), starts.AddMonths(4));
        await worker.GiveAsync(decision, await factory.ServiceIdAsync("validia"), starts, starts.AddMonths(1));
    }

    [Fact]
    public async Task Outside_the_decisions_term_a_non_purchased_service_and_missing_fields_are_field_errors()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var (_, decision) = await factory.GrantedAsync(worker);
        var content = decision.GetProperty("content");
        var upseeri = await factory.ServiceIdAsync("upseeri");

        using (var outside = await worker.TryGiveAsync(decision.Id(), new { serviceId = upseeri, startsOn = content.Date("startsOn").AddDays(-1).Iso(), endsOn = content.Date("endsOn").AddDays(1).Iso(), maxUnits = 10 }))
        {
            var errors = (await outside.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
            Assert.Contains("The decision grants the service for", errors.GetProperty("startsOn")[0].GetString(), StringComparison.Ordinal);
            Assert.True(errors.TryGetProperty("endsOn", out _));
        }

        using (var own = await worker.TryGiveAsync(decision.Id(), new { serviceId = await factory.ServiceIdAsync("klaara"), startsOn = content.Text("startsOn"), endsOn = content.Text("endsOn"), maxUnits = 10 }))
        {
            var errors = (await own.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
            Assert.Equal("A payment commitment is given only for a purchased service of the organisation that has a provider.", errors.GetProperty("serviceId")[0].GetString());
        }

        using (var empty = await worker.TryGiveAsync(decision.Id(), new { }))
        {
            var errors = (await empty.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
            Assert.Equal(["endsOn", "maxUnits", "serviceId", "startsOn"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        }

        using (var zero = await worker.TryGiveAsync(decision.Id(), new { serviceId = upseeri, startsOn = content.Text("startsOn"), endsOn = content.Text("endsOn"), maxUnits = 0, unitPrice = -1 }))
        {
            var errors = (await zero.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
            Assert.True(errors.TryGetProperty("maxUnits", out _));
            Assert.True(errors.TryGetProperty("unitPrice", out _));
        }
    }

    [Fact]
    public async Task The_providers_staff_see_only_their_own_providers_commitments_and_record_usage_up_to_the_cap()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var (clientId, decision) = await factory.GrantedAsync(worker);
        var starts = decision.GetProperty("content").Date("startsOn");
        var workshop = await worker.GiveAsync(decision, await factory.ServiceIdAsync("upseeri"), starts, starts.AddDays(20), maxUnits: 12);
        var dayActivity = await worker.GiveAsync(decision, await factory.ServiceIdAsync("validia"), starts, starts.AddDays(20), maxUnits: 1);

        using var provider = await factory.ApiAsync("demo.provider");
        var list = await provider.GetFromJsonAsync<JsonElement>("/api/v1/commitments");
        var ids = list.EnumerateArray().Select(c => c.Id()).ToList();
        Assert.Contains(workshop.Id(), ids);
        Assert.DoesNotContain(dayActivity.Id(), ids);
        Assert.All(list.EnumerateArray(), c => Assert.Equal(workshop.GetProperty("providerId").GetGuid(), c.GetProperty("providerId").GetGuid()));
        using (var other = await provider.GetAsync($"/api/v1/commitments/{dayActivity.Id()}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }

        // The worker sees both, the warning flag on each (they end within 30 days).
        var mine = (await worker.GetFromJsonAsync<JsonElement>("/api/v1/commitments?expiringWithinDays=30")).EnumerateArray().ToList();
        Assert.True(mine.Single(c => c.Id() == workshop.Id()).GetProperty("warning").GetBoolean());
        Assert.Contains(mine, c => c.Id() == dayActivity.Id());

        // The provider invoices: over the cap is refused, the total is recorded, and fewer than recorded is refused.
        using (var over = await provider.PutAsync($"/api/v1/commitments/{workshop.Id()}/usage", DecisionSteps.JsonBody(new { unitsUsed = 13, version = workshop.Version() })))
        {
            Assert.Equal("The commitment covers at most 12 units.", (await over.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("unitsUsed")[0].GetString());
        }

        var used = await provider.PutJsonAsync($"/api/v1/commitments/{workshop.Id()}/usage", new { unitsUsed = 10, version = workshop.Version() }, HttpStatusCode.OK);
        Assert.Equal(485m, used.GetProperty("costSoFar").GetDecimal());
        Assert.Equal(2, used.GetProperty("unitsLeft").GetInt32());
        using (var stale = await worker.PutAsync($"/api/v1/commitments/{workshop.Id()}/usage", DecisionSteps.JsonBody(new { unitsUsed = 11, version = workshop.Version() })))
        {
            await stale.AssertProblemAsync(HttpStatusCode.Conflict);
        }

        using (var fewer = await worker.PutAsync($"/api/v1/commitments/{workshop.Id()}/usage", DecisionSteps.JsonBody(new { unitsUsed = 9, version = used.Version() })))
        {
            await fewer.AssertProblemAsync(HttpStatusCode.BadRequest);
        }

        // The provider may not end the commitment: that is the arranging worker's.
        using (var ending = await provider.PostAsync($"/api/v1/commitments/{workshop.Id()}/end", DecisionSteps.JsonBody(new { on = starts.AddDays(5).Iso(), version = used.Version() })))
        {
            Assert.Equal(HttpStatusCode.Forbidden, ending.StatusCode);
        }

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var providerId = await factory.UserIdAsync("demo.provider");
        Assert.True(await db.AuditEvents.AnyAsync(e => e.UserId == providerId && e.Action == "ClientService.Respond" && e.Subjects.Any(s => s.PersonId == clientId)));
    }

    [Fact]
    public async Task Ending_a_commitment_ends_its_warning_and_cannot_be_done_twice()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var (_, decision) = await factory.GrantedAsync(worker);
        var starts = decision.GetProperty("content").Date("startsOn");
        var given = await worker.GiveAsync(decision, await factory.ServiceIdAsync("upseeri"), starts, starts.AddDays(25));
        Assert.True(given.GetProperty("warning").GetBoolean());

        using (var outside = await worker.PostAsync($"/api/v1/commitments/{given.Id()}/end", DecisionSteps.JsonBody(new { on = starts.AddDays(26).Iso(), version = given.Version() })))
        {
            Assert.True((await outside.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("on", out _));
        }

        var ended = await worker.PostJsonAsync($"/api/v1/commitments/{given.Id()}/end", new { on = starts.AddDays(10).Iso(), version = given.Version() }, HttpStatusCode.OK);
        Assert.Equal(starts.AddDays(10), ended.Date("endedOn"));
        Assert.Equal(starts.AddDays(10), ended.Date("endsOn"));
        Assert.False(ended.GetProperty("warning").GetBoolean());
        var expiring = await worker.GetFromJsonAsync<JsonElement>("/api/v1/commitments?expiringWithinDays=30");
        Assert.DoesNotContain(expiring.EnumerateArray(), c => c.Id() == given.Id());

        using var again = await worker.PostAsync($"/api/v1/commitments/{given.Id()}/end", DecisionSteps.JsonBody(new { on = starts.AddDays(5).Iso(), version = ended.Version() }));
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    private static string D(DateOnly date) => date.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Service_settings_default_to_thirty_days_and_new_commitments_warn_by_the_saved_number()
    {
        using var admin = await factory.ApiAsync("demo.admin");
        using var worker = await factory.ApiAsync("demo.sw");
        using (var refused = await worker.GetAsync("/api/v1/service-settings"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var settings = await admin.GetFromJsonAsync<JsonElement>("/api/v1/service-settings");
        try
        {
            using (var bad = await admin.PutAsync("/api/v1/service-settings", DecisionSteps.JsonBody(new { commitmentWarningDays = 0, travelCardMinSessions = 40, version = settings.Version() })))
            {
                var errors = (await bad.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
                Assert.True(errors.TryGetProperty("commitmentWarningDays", out _));
                Assert.True(errors.TryGetProperty("travelCardMinSessions", out _));
            }

            var saved = await admin.PutJsonAsync("/api/v1/service-settings", new { commitmentWarningDays = 45, dailyActivityMoney = 9, travelCardMinSessions = 8, version = settings.Version() }, HttpStatusCode.OK);
            Assert.False(saved.GetProperty("isDefault").GetBoolean());
            Assert.Equal(9m, saved.GetProperty("dailyActivityMoney").GetDecimal());

            var (_, decision) = await factory.GrantedAsync(worker);
            var starts = decision.GetProperty("content").Date("startsOn");
            var given = await worker.GiveAsync(decision, await factory.ServiceIdAsync("upseeri"), starts, starts.AddDays(40));
            Assert.Equal(45, given.GetProperty("warningDays").GetInt32());
            Assert.True(given.GetProperty("warning").GetBoolean());
        }
        finally
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
            await db.ServiceSettings.Where(s => db.Organisations.Any(o => o.Id == s.OrganisationId && o.Code == Polku.Data.Seed.DemoData.VaasaCode)).ExecuteDeleteAsync();
        }
    }
}

public sealed class CommitmentsApiTests_Sqlite(SqliteFactory factory) : CommitmentsApiTests<SqliteFactory>(factory);

public sealed class CommitmentsApiTests_Postgres(PostgresFactory factory) : CommitmentsApiTests<PostgresFactory>(factory);
