using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Access;
using Polku.Domain.Audit;
using Polku.Domain.Services;
using Polku.Web.Tests.Features.Decisions;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.ProviderReferrals;

/// <summary>
/// Referrals to providers over the API on both databases: the disclosure basis a purchased service needs, the granting
/// decision a service requires, the lifecycle and its wrong steps, what the provider's staff of Pohjanmaan
/// sosiaalipsykiatrinen yhdistys (pspy) see, the commitment ended with the service, the path and the audit trail.
/// </summary>
public abstract class ProviderReferralsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : PolkuFactory
{
    private const string Vaasa = DemoData.VaasaCode;
    private const string WorkActivity = "rehabilitative-work-activity";
    private const string Address = "Salainen katu 7, 65100 Vaasa";

    public Task InitializeAsync() => factory.EnsureAppealInstructionsAsync(Vaasa);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_purchased_service_needs_consent_or_a_provision_of_law_and_an_own_service_does_not()
    {
        var clientId = await NewClientAsync();
        using var worker = await factory.ApiAsync("demo.sw", "fi");
        var workshop = await SignedAsync(worker, clientId, DecisionSteps.Workshop);

        using var refused = await worker.PostAsJsonAsync($"/api/v1/clients/{clientId}/provider-referrals", new { serviceId = await ServiceAsync("upseeri"), decisionId = workshop });
        var problem = await refused.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Asiakkaan suostumus tai lain säännös tietojen luovuttamiseen puuttuu.", problem.GetProperty("errors").GetProperty("disclosure")[0].GetString());
        using var noNote = await worker.PostAsJsonAsync($"/api/v1/clients/{clientId}/provider-referrals",
            new { serviceId = await ServiceAsync("upseeri"), decisionId = workshop, disclosure = "Consent", disclosureNote = " " });
        Assert.True((await noNote.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("disclosureNote", out _));

        var sent = await SendAsync(worker, clientId, "upseeri", workshop);
        Assert.Equal("Sent", sent.GetProperty("status").GetString());
        Assert.Equal("Consent", sent.GetProperty("disclosure").GetString());
        var summary = sent.GetProperty("summary").GetString()!;
        Assert.StartsWith("Työpajatoiminta ", summary, StringComparison.Ordinal);
        Assert.Contains("Myönnetään työpajatoiminta ajalle.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("päivärytmi", summary, StringComparison.OrdinalIgnoreCase);

        // Vuorikoti is the city's own unit: the data stays in the organisation.
        var own = await SignedAsync(worker, clientId, WorkActivity);
        var vuorikoti = await worker.PostJsonAsync($"/api/v1/clients/{clientId}/provider-referrals", new { serviceId = await ServiceAsync("vuorikoti"), decisionId = own }, HttpStatusCode.Created);
        Assert.Equal("Own", vuorikoti.GetProperty("producer").GetString());
    }

    [Fact]
    public async Task A_service_that_requires_a_decision_needs_the_clients_signed_granting_decision()
    {
        var clientId = await NewClientAsync();
        var otherId = await NewClientAsync();
        using var worker = await factory.ApiAsync("demo.sw");
        var upseeri = await ServiceAsync("upseeri");

        async Task<JsonElement> ProblemAsync(object body)
        {
            using var response = await worker.PostAsJsonAsync($"/api/v1/clients/{clientId}/provider-referrals", body);
            return (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        }

        Assert.True((await ProblemAsync(new { serviceId = upseeri, disclosure = "Law", disclosureNote = "703/2023 18 §" })).TryGetProperty("decisionId", out _));
        var draft = (await worker.ReadyAsync(clientId)).Id();
        Assert.True((await ProblemAsync(new { serviceId = upseeri, decisionId = draft, disclosure = "Law", disclosureNote = "703/2023 18 §" })).TryGetProperty("decisionId", out _));
        var othersDecision = await SignedAsync(worker, otherId, DecisionSteps.Workshop);
        Assert.True((await ProblemAsync(new { serviceId = upseeri, decisionId = othersDecision, disclosure = "Law", disclosureNote = "703/2023 18 §" })).TryGetProperty("decisionId", out _));
        var workActivity = await SignedAsync(worker, clientId, WorkActivity);
        Assert.True((await ProblemAsync(new { serviceId = upseeri, decisionId = workActivity, disclosure = "Law", disclosureNote = "703/2023 18 §" })).TryGetProperty("decisionId", out _));
        Assert.True((await ProblemAsync(new { serviceId = Guid.NewGuid(), disclosure = "Law", disclosureNote = "x" })).TryGetProperty("serviceId", out _));

        var sent = await SendAsync(worker, clientId, "upseeri", await SignedAsync(worker, clientId, DecisionSteps.Workshop));
        Assert.Equal("Sent", sent.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_provider_answers_only_referrals_to_itself_and_sees_no_address()
    {
        var clientId = await factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").WithAddress(Address).WithNonDisclosure().BuildAsync();
        using var worker = await factory.ApiAsync("demo.sw");
        using var provider = await factory.ApiAsync("demo.provider");
        var decision = await SignedAsync(worker, clientId, DecisionSteps.Workshop);
        var sent = await SendAsync(worker, clientId, "upseeri", decision);
        var elsewhere = await SendAsync(worker, clientId, "aura", await SignedAsync(worker, clientId, WorkActivity));

        var inbox = await provider.GetFromJsonAsync<JsonElement>("/api/v1/provider-referrals?status=sent,accepted");
        var ids = inbox.GetProperty("items").EnumerateArray().Select(i => i.Id()).ToList();
        Assert.Contains(sent.Id(), ids);
        Assert.DoesNotContain(elsewhere.Id(), ids);
        var pspy = await OrganisationIdAsync("pspy");
        Assert.All(inbox.GetProperty("items").EnumerateArray(), i => Assert.Equal(pspy, i.GetProperty("providerId").GetGuid()));
        using (var other = await provider.GetAsync($"/api/v1/provider-referrals/{elsewhere.Id()}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }

        using (var answer = await provider.PostAsJsonAsync($"/api/v1/provider-referrals/{elsewhere.Id()}/decline", new { version = elsewhere.Version(), reason = "Ei meille." }))
        {
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        }

        var raw = await provider.GetStringAsync($"/api/v1/provider-referrals/{sent.Id()}");
        Assert.DoesNotContain("address", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Salainen", raw, StringComparison.Ordinal);
        var read = JsonDocument.Parse(raw).RootElement;
        Assert.Equal("Sanna Virtanen", read.GetProperty("worker").GetProperty("name").GetString());
        Assert.Contains("Accepted", read.GetProperty("next").EnumerateArray().Select(n => n.GetString()));
        // The provider's staff reach the client only through the referral: not the client record.
        // Nor the client's whole path or service packages: they name services the provider has no part in.
        foreach (var recordPart in new[] { "", "/path", "/packages" })
        {
            using var record = await provider.GetAsync($"/api/v1/clients/{clientId}{recordPart}");
            Assert.True(record.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{recordPart}: {record.StatusCode}");
        }

        var accepted = await provider.PostJsonAsync($"/api/v1/provider-referrals/{sent.Id()}/accept", new { version = sent.Version() }, HttpStatusCode.OK);
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        Assert.Equal("Paula Mäkelä", accepted.GetProperty("history")[1].GetProperty("by").GetString());

        // The worker's clients' referrals: both, whoever the provider is.
        var mine = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/provider-referrals?clientId={clientId}");
        Assert.Equal(2, mine.GetProperty("total").GetInt32());

        using var audit = factory.Services.CreateScope();
        var db = audit.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var providerId = await factory.UserIdAsync("demo.provider");
        var workerId = await factory.UserIdAsync("demo.sw");
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.Subjects.Any(s => s.PersonId == clientId)).Select(e => new { e.UserId, e.Action, e.Outcome }).ToListAsync();
        Assert.Contains(events, e => e.UserId == workerId && e.Action == Actions.ClientServiceArrange && e.Outcome == AuditOutcome.Success);
        Assert.Contains(events, e => e.UserId == providerId && e.Action == Actions.ClientServiceRead && e.Outcome == AuditOutcome.Success);
        Assert.Contains(events, e => e.UserId == providerId && e.Action == Actions.ClientServiceRespond && e.Outcome == AuditOutcome.Success);
    }

    [Fact]
    public async Task The_lifecycle_refuses_wrong_steps_and_ending_the_service_ends_its_commitment()
    {
        var clientId = await NewClientAsync();
        using var worker = await factory.ApiAsync("demo.sw");
        using var provider = await factory.ApiAsync("demo.provider");
        var decision = await SignedAsync(worker, clientId, DecisionSteps.Workshop);
        var sent = await SendAsync(worker, clientId, "upseeri", decision);

        using (var noReason = await provider.PostAsJsonAsync($"/api/v1/provider-referrals/{sent.Id()}/decline", new { version = sent.Version() }))
        {
            Assert.True((await noReason.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _));
        }

        using (var tooEarly = await provider.PostAsJsonAsync($"/api/v1/provider-referrals/{sent.Id()}/end", new { version = sent.Version(), outcome = "Completed" }))
        {
            var problem = await tooEarly.AssertProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("Sent", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        }

        var commitmentId = await CommitmentAsync(clientId, decision, "upseeri");
        var accepted = await provider.PostJsonAsync($"/api/v1/provider-referrals/{sent.Id()}/accept", new { version = sent.Version() }, HttpStatusCode.OK);
        using (var stale = await provider.PostAsJsonAsync($"/api/v1/provider-referrals/{sent.Id()}/start", new { version = sent.Version() }))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }

        using (var again = await provider.PostAsJsonAsync($"/api/v1/provider-referrals/{sent.Id()}/accept", new { version = accepted.Version() }))
        {
            await again.AssertProblemAsync(HttpStatusCode.Conflict);
        }

        var started = await provider.PostJsonAsync($"/api/v1/provider-referrals/{sent.Id()}/start", new { version = accepted.Version() }, HttpStatusCode.OK);
        Assert.Equal(factory.Today.Iso(), started.Text("startedOn"));
        using (var noOutcome = await provider.PostAsJsonAsync($"/api/v1/provider-referrals/{sent.Id()}/end", new { version = started.Version() }))
        {
            Assert.True((await noOutcome.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("outcome", out _));
        }

        using (var noReason = await provider.PostAsJsonAsync($"/api/v1/provider-referrals/{sent.Id()}/end", new { version = started.Version(), outcome = "Interrupted" }))
        {
            Assert.True((await noReason.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _));
        }

        var ended = await provider.PostJsonAsync($"/api/v1/provider-referrals/{sent.Id()}/end",
            new { version = started.Version(), outcome = "Interrupted", reason = "Muutti toiselle paikkakunnalle." }, HttpStatusCode.OK);
        Assert.Equal("Ended", ended.GetProperty("status").GetString());
        Assert.Equal("Interrupted", ended.GetProperty("outcome").GetString());
        Assert.Empty(ended.GetProperty("next").EnumerateArray());

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var commitment = await db.PaymentCommitments.AsNoTracking().SingleAsync(c => c.Id == commitmentId);
        Assert.Equal(factory.Today, commitment.EndedOn);
        Assert.Equal(factory.Today, commitment.EndsOn);

        // Once ended, the provider no longer reaches the client.
        using var gone = await provider.GetAsync($"/api/v1/provider-referrals/{sent.Id()}");
        Assert.NotEqual(HttpStatusCode.OK, gone.StatusCode);
    }

    [Fact]
    public async Task A_start_records_the_move_on_the_path_and_the_end_proposes_the_next_step()
    {
        var clientId = await NewClientAsync();
        using var worker = await factory.ApiAsync("demo.sw");
        var sent = await SendAsync(worker, clientId, "vuorikoti", await SignedAsync(worker, clientId, WorkActivity), disclosure: null);
        var started = await worker.PostJsonAsync($"/api/v1/provider-referrals/{sent.Id()}/start", new { version = sent.Version() }, HttpStatusCode.OK);

        var path = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}/path");
        var vaasa = Template(path, PathTemplates.VaasaCode);
        Assert.True(vaasa.GetProperty("onPath").GetBoolean());
        Assert.Equal(["Active", "Ahead", "Ahead", "Ahead"], States(vaasa));
        var move = Assert.Single(vaasa.GetProperty("transitions").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, move.GetProperty("from").ValueKind);
        Assert.Equal("vuorikoti", move.GetProperty("to").GetString());
        Assert.Equal(factory.Today.Iso(), move.Text("on"));
        Assert.False(string.IsNullOrEmpty(move.Text("service")), "the move names the service that started it");
        Assert.Equal(JsonValueKind.Null, vaasa.GetProperty("proposal").ValueKind);
        Assert.Equal(["Reached", "Reached", "Active", "Ahead", "Ahead"], States(Template(path, PathTemplates.GeneralCode)));

        var ended = await worker.PostJsonAsync($"/api/v1/provider-referrals/{sent.Id()}/end",
            new { version = started.Version(), outcome = "MovedOn", reason = "Valmis Himalajaan." }, HttpStatusCode.OK);
        Assert.Contains(ended.GetProperty("nextSteps").EnumerateArray(), n => n.GetProperty("step").GetString() == "Himalaja work activity");

        path = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}/path");
        vaasa = Template(path, PathTemplates.VaasaCode);
        Assert.Equal(["Reached", "Proposed", "Ahead", "Ahead"], States(vaasa));
        Assert.Equal("himalaja", vaasa.GetProperty("proposal").GetProperty("code").GetString());

        // Another organisation's worker does not learn of the client's path.
        using var espoo = await factory.ApiAsync("espoo.sw");
        using var hidden = await espoo.GetAsync($"/api/v1/clients/{clientId}/path");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Pages_show_the_inbox_the_referral_and_the_client_sections()
    {
        var clientId = await NewClientAsync();
        using var worker = await factory.ApiAsync("demo.sw");
        var sent = await SendAsync(worker, clientId, "upseeri", await SignedAsync(worker, clientId, DecisionSteps.Workshop));

        using var providerBrowser = await factory.SignedInBrowserAsync("demo.provider");
        var inbox = await providerBrowser.GetStringAsync("/provider-referrals");
        Assert.Contains($"provider-referrals/{sent.Id()}", inbox, StringComparison.Ordinal);
        var page = await providerBrowser.GetStringAsync($"/provider-referrals/{sent.Id()}");
        Assert.Contains("Hyväksy ohjaus", TestClients.Text(page), StringComparison.Ordinal);
        var home = await providerBrowser.GetStringAsync("/");
        Assert.Contains($"provider-referrals/{sent.Id()}", home, StringComparison.Ordinal);

        using var workerBrowser = await factory.SignedInBrowserAsync("demo.sw");
        var client = TestClients.Text(await workerBrowser.GetStringAsync($"/clients/{clientId}"));
        Assert.Contains("Palveluun ohjaukset", client, StringComparison.Ordinal);
        Assert.Contains($"clients/{clientId}/provider-referrals/new", client, StringComparison.Ordinal);
        Assert.Contains("Polku", client, StringComparison.Ordinal);
        var form = TestClients.Text(await workerBrowser.GetStringAsync($"/clients/{clientId}/provider-referrals/new"));
        Assert.Contains("Lähetä ohjaus", form, StringComparison.Ordinal);
        Assert.Contains("Työpaja Upseeri (Ostopalvelu)", form, StringComparison.Ordinal);
        Assert.Contains("Työpajatoiminta", form, StringComparison.Ordinal);
    }

    private static JsonElement Template(JsonElement path, string code) =>
        path.GetProperty("templates").EnumerateArray().Single(t => t.GetProperty("code").GetString() == code);

    private static string[] States(JsonElement template) =>
        template.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("state").GetString()!).ToArray();

    private Task<Guid> NewClientAsync() => factory.Client(Vaasa).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();

    private static async Task<Guid> SignedAsync(HttpClient api, Guid clientId, string typeCode)
    {
        var signed = await api.StepAsync(await api.ReadyAsync(clientId, typeCode: typeCode), "sign");
        Assert.Equal("Signed", signed.Status());
        return signed.Id();
    }

    private async Task<JsonElement> SendAsync(HttpClient api, Guid clientId, string service, Guid decisionId, string? disclosure = "Consent") =>
        await api.PostJsonAsync($"/api/v1/clients/{clientId}/provider-referrals",
            new { serviceId = await ServiceAsync(service), decisionId, disclosure, disclosureNote = disclosure is null ? null : "Suullinen suostumus 20.11.2026" },
            HttpStatusCode.Created);

    private async Task<Guid> OrganisationIdAsync(string code)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync();
    }

    private async Task<Guid> ServiceAsync(string code)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        return await db.Services.Where(s => s.Code == code && db.Organisations.Any(o => o.Id == s.OrganisationId && o.Code == Vaasa)).Select(s => s.Id).SingleAsync();
    }

    private async Task<Guid> CommitmentAsync(Guid clientId, Guid decisionId, string service)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var row = await db.Services.Where(s => s.Code == service && db.Organisations.Any(o => o.Id == s.OrganisationId && o.Code == Vaasa))
            .Select(s => new { s.Id, s.OrganisationId, s.ProviderId }).SingleAsync();
        var commitment = PaymentCommitment.Create(clientId, decisionId, row.ProviderId!.Value, row.Id, factory.Today.AddDays(-1), factory.Today.AddMonths(3), 48.5m, CommitmentUnit.Day, 60,
            organisationId: row.OrganisationId);
        db.PaymentCommitments.Add(commitment);
        await db.SaveChangesAsync();
        return commitment.Id;
    }
}

public sealed class ProviderReferralsApiTests_Sqlite(SqliteFactory factory) : ProviderReferralsApiTests<SqliteFactory>(factory);

public sealed class ProviderReferralsApiTests_Postgres(PostgresFactory factory) : ProviderReferralsApiTests<PostgresFactory>(factory);
