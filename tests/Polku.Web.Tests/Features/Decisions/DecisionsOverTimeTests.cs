using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Decisions;
using Polku.Domain.People;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Decisions;

/// <summary>
/// What changes under a decision while it is in progress or in force: the organisation's chain gets a new version, and
/// time runs past the last day to request rectification. A database of their own, since both change what every
/// later decision of the organisation meets (Vaasa's chain; the clock).
/// </summary>
public abstract class DecisionsOverTimeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : PolkuFactory
{
    private static readonly string[] LeadingSocialWorker = ["LeadingSocialWorker"];
    private static readonly bool[] InTimeThenLate = [false, true];

    public async Task InitializeAsync()
    {
        await factory.EnsureAppealInstructionsAsync(DemoData.VaasaCode);
        await factory.EnsureAppealInstructionsAsync(DemoRegions.PhhykyCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_decision_keeps_the_chain_it_was_started_under_when_the_organisation_changes_its_chain()
    {
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sc").WithResponsibleWorker("demo.sc").BuildAsync();
        using var counsellor = await factory.ApiAsync("demo.sc");
        var oldDraft = await counsellor.ReadyAsync(clientId);
        Assert.Equal(1, oldDraft.GetProperty("chain").GetProperty("number").GetInt32());

        // Vaasa decides that from now on a leading social worker signs what someone else prepared.
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
            var vaasa = await db.Organisations.Where(o => o.Code == DemoData.VaasaCode).Select(o => o.Id).SingleAsync();
            var latest = await db.DecisionChainSettings.Where(s => s.OrganisationId == vaasa && s.AreaCode == null).MaxAsync(s => s.Version);
            Assert.Equal(1, latest);
            db.DecisionChainSettings.Add(new DecisionChainSetting
            {
                OrganisationId = vaasa, Version = latest + 1, ChangedAt = factory.Time.GetUtcNow(),
                Rules = new DecisionChainOverride { Signers = [Role.LeadingSocialWorker], PreparerMayDecide = false },
            });
            await db.SaveChangesAsync();
        }

        // The draft started under version 1 is still the counsellor's to decide alone.
        var page = await counsellor.GetDecisionAsync(oldDraft.Id());
        Assert.True(page.StepView("Sign").GetProperty("allowed").GetBoolean());
        var oldSigned = await counsellor.StepAsync(page, "sign");
        Assert.Equal("Signed", oldSigned.Status());
        Assert.Equal("Mikael Nyström", oldSigned.GetProperty("signer").GetString());
        Assert.Equal(1, oldSigned.GetProperty("chain").GetProperty("number").GetInt32());

        // A decision started now follows version 2: submitted, and signed by the leading social worker only.
        var newDraft = await counsellor.ReadyAsync(clientId);
        var chain = newDraft.GetProperty("chain");
        Assert.Equal(2, chain.GetProperty("number").GetInt32());
        Assert.Equal(LeadingSocialWorker, chain.GetProperty("chain").GetProperty("signers").Strings());
        Assert.DoesNotContain(newDraft.GetProperty("steps").EnumerateArray(), s => s.GetProperty("step").GetString() == "Sign");
        await counsellor.StepAsync(newDraft, "sign", HttpStatusCode.Conflict);
        var proposed = await counsellor.StepAsync(newDraft, "submit");
        Assert.Equal("Proposed", proposed.Status());
        using (var refused = await counsellor.TryStepAsync(proposed, "sign"))
        {
            var problem = await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal(LeadingSocialWorker, problem.GetProperty("whoCan").Strings());
        }

        using var socialWorker = await factory.ApiAsync("demo.sw");
        using (var workerRefused = await socialWorker.TryStepAsync(proposed, "sign"))
        {
            await workerRefused.AssertProblemAsync(HttpStatusCode.Forbidden);
        }

        using var lead = await factory.ApiAsync("demo.lead");
        var signed = await lead.StepAsync(proposed, "sign");
        Assert.Equal("Signed", signed.Status());
        Assert.Equal("Leena Koskinen", signed.GetProperty("signer").GetString());
        Assert.Equal(2, signed.GetProperty("chain").GetProperty("number").GetInt32());

        // The signed decisions still say which version each was made under.
        Assert.Equal(1, (await counsellor.GetDecisionAsync(oldDraft.Id())).GetProperty("chain").GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task A_request_received_after_the_last_day_is_recorded_and_flagged_late()
    {
        // Heinola, where a counsellor decides alone: untouched by the other test's change to Vaasa's chain.
        var clientId = await factory.Client(DemoRegions.PhhykyCode).InTeamOf("heinola.sc").WithResponsibleWorker("heinola.sc")
            .InMunicipality(RegionalChains.HeinolaCode).BuildAsync();
        var deliveredOn = factory.Today;
        Guid decisionId;
        using (var before = await factory.ApiAsync("heinola.sc"))
        {
            var delivered = await before.DeliverAsync(await before.StepAsync(await before.ReadyAsync(clientId), "sign"), "inPerson");
            decisionId = delivered.Id();
        }

        var deadline = AppealPeriod.RectificationDeadline(deliveredOn);
        factory.Time.Advance(TimeSpan.FromDays(deadline.DayNumber - factory.Today.DayNumber + 5));
        Assert.Equal(deadline.AddDays(5), factory.Today);

        using var api = await factory.ApiAsync("heinola.sc");
        var url = $"/api/v1/decisions/{decisionId}/rectification-requests";
        var onTheLastDay = await api.PostJsonAsync(url, new { receivedOn = deadline.Iso(), request = "Saapui viimeisenä päivänä." }, HttpStatusCode.Created);
        Assert.False(onTheLastDay.GetProperty("isLate").GetBoolean());
        var late = await api.PostJsonAsync(url, new { receivedOn = deadline.AddDays(1).Iso(), request = "Saapui myöhässä." }, HttpStatusCode.Created);
        Assert.True(late.GetProperty("isLate").GetBoolean());

        var page = await api.GetDecisionAsync(decisionId);
        var requests = page.GetProperty("rectificationRequests").EnumerateArray().ToList();
        Assert.Equal(InTimeThenLate, requests.Select(r => r.GetProperty("isLate").GetBoolean()));

        // A late request is dismissed, not examined; it is still handled once, like any other.
        var dismissed = await api.PutJsonAsync($"{url}/{late.Id()}", new { outcome = "Dismissed", handling = "Saapui määräajan jälkeen.", version = late.Version() }, HttpStatusCode.OK);
        Assert.Equal("Dismissed", dismissed.Text("outcome"));
        Assert.Equal(factory.Today.Iso(), dismissed.Text("handledOn"));
    }
}

public sealed class DecisionsOverTimeTests_Sqlite(SqliteFactory factory) : DecisionsOverTimeTests<SqliteFactory>(factory);

public sealed class DecisionsOverTimeTests_Postgres(PostgresFactory factory) : DecisionsOverTimeTests<PostgresFactory>(factory);
