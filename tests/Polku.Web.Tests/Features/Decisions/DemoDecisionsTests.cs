using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Decisions;
using Polku.Web.Tests.Infrastructure;
using Polku.Web.Tests.Infrastructure.Pdf;

namespace Polku.Web.Tests.Features.Decisions;

/// <summary>
/// The demo's decisions, as the README walks through them: every step of each region's chain has one, and each waits for
/// the person the chain names. Read through the API as the demo accounts meet them.
/// </summary>
public abstract class DemoDecisionsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task The_demo_has_decisions_at_every_step_of_the_chains()
    {
        var statuses = await StatusesAsync();

        // Vaasa's chain has no steering group; every other status it can reach is there. Nothing has ended yet.
        Assert.Equal(
            [DecisionStatus.Draft, DecisionStatus.Proposed, DecisionStatus.Signed, DecisionStatus.Delivered, DecisionStatus.Annulled],
            statuses[DemoData.VaasaCode]);
        Assert.Equal(
            [DecisionStatus.Draft, DecisionStatus.SteeringGroup, DecisionStatus.Proposed, DecisionStatus.Signed, DecisionStatus.Delivered],
            statuses[DemoRegions.VantaaCode]);
        Assert.Equal([DecisionStatus.Draft, DecisionStatus.Proposed], statuses[DemoRegions.PhhykyCode]);
        Assert.Equal(Enum.GetValues<DecisionStatus>().Except([DecisionStatus.Ended]), statuses.Values.SelectMany(s => s).Distinct().Order());
    }

    [Fact]
    public async Task The_counsellors_proposal_for_Lahti_Jari_is_refused_to_the_counsellor_and_open_to_a_social_worker()
    {
        var id = await DecisionOfAsync("Lahti", DecisionStatus.Proposed);
        using var counsellor = await factory.ApiAsync("demo.sc");
        var sign = Step(await counsellor.GetFromJsonAsync<JsonElement>($"/api/v1/decisions/{id}"), "Sign");
        Assert.False(sign.GetProperty("allowed").GetBoolean());
        Assert.Equal("The client needs special support, so a social worker makes the decision (SHL § 46). Who can: Social worker.", sign.GetProperty("refusal").GetString());

        using var worker = await factory.ApiAsync("demo.sw");
        Assert.Contains(await WaitingAsync(worker), w => w.Id == id && w.Reason == "ToSign");
        Assert.True(Step(await worker.GetFromJsonAsync<JsonElement>($"/api/v1/decisions/{id}"), "Sign").GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task Bjorkqvist_Linnea_has_a_decision_in_Swedish_delivered_by_letter()
    {
        var id = await DecisionOfAsync("Björkqvist", DecisionStatus.Delivered);
        using var counsellor = await factory.ApiAsync("demo.sc", "fi");
        var decision = await counsellor.GetFromJsonAsync<JsonElement>($"/api/v1/decisions/{id}");
        Assert.Equal("sv", decision.GetProperty("content").GetProperty("language").GetString());
        Assert.Equal("Letter", decision.GetProperty("appeal").GetProperty("method").GetString());
        Assert.NotEqual(JsonValueKind.Null, decision.GetProperty("content").GetProperty("planId").ValueKind);

        // The worker reads Finnish; the document is the client's, in Swedish throughout.
        var text = Regex.Replace(string.Join(" ", PdfReader.PageTexts(await counsellor.GetByteArrayAsync($"/api/v1/decisions/{id}/pdf"))), "\\s+", " ");
        foreach (var swedish in new[] { "Beslut: Rehabiliteringshandledning", "Beviljas", "Motivering", "Socialvårdslagen (1301/2014) 17 §", "Sista dagen för begäran om omprövning" })
        {
            Assert.Contains(swedish, text, StringComparison.Ordinal);
        }

        foreach (var finnish in new[] { "Päätös", "Myönnetään", "Perustelut", "Sosiaalihuoltolaki", "Oikaisuvaatimus" })
        {
            Assert.DoesNotContain(finnish, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_denial_awaits_its_request_for_rectification_and_a_late_request_is_flagged()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var denial = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/decisions/{await DecisionOfAsync("Korpela", DecisionStatus.Delivered)}");
        Assert.Equal("Denied", denial.GetProperty("content").GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, denial.GetProperty("content").GetProperty("startsOn").ValueKind);
        var request = Assert.Single(denial.GetProperty("rectificationRequests").EnumerateArray());
        Assert.False(request.GetProperty("isLate").GetBoolean());
        Assert.Equal("Pending", request.GetProperty("outcome").GetString());

        var ending = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/decisions/{await DecisionOfAsync("Leppänen", DecisionStatus.Delivered)}");
        var late = Assert.Single(ending.GetProperty("rectificationRequests").EnumerateArray());
        Assert.True(late.GetProperty("isLate").GetBoolean());
        Assert.Equal(factory.Today.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), late.GetProperty("receivedOn").GetString()); // Friday, the last working day

        // The workshop ends within 30 days and waits for a continuation.
        var endingSoon = (await worker.GetFromJsonAsync<JsonElement>("/api/v1/decisions/ending?withinDays=30")).EnumerateArray().Select(r => r.GetProperty("id").GetGuid());
        Assert.Contains(ending.GetProperty("id").GetGuid(), endingSoon);
    }

    [Fact]
    public async Task The_lead_counts_a_service_given_before_its_decision_and_a_letter_waits_for_the_print_batch()
    {
        using var lead = await factory.ApiAsync("demo.lead");
        var early = await lead.GetFromJsonAsync<JsonElement>("/api/v1/decisions?givenBeforeDecision=true");
        Assert.Equal("Salmi Eino", Assert.Single(early.GetProperty("items").EnumerateArray()).GetProperty("clientName").GetString());
        using var browser = await factory.SignedInBrowserAsync("demo.lead", "en");
        Assert.Contains("Services given before their decision: <span class=\"figure\">1</span>", TestClients.Text(await browser.GetStringAsync("/")), StringComparison.Ordinal);

        using var worker = await factory.ApiAsync("demo.sw");
        var letters = await worker.GetFromJsonAsync<JsonElement>("/api/v1/decision-letters");
        Assert.Contains(letters.EnumerateArray(), l => l.GetProperty("clientName").GetString() == "Hietala Sami");

        // The annulled decision's correction is a new draft that refers to it.
        var annulled = await DecisionOfAsync("Savolainen", DecisionStatus.Annulled);
        var correction = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/decisions/{await DecisionOfAsync("Savolainen", DecisionStatus.Draft)}");
        Assert.Equal(annulled, correction.GetProperty("previousDecisionId").GetGuid());
    }

    [Fact]
    public async Task Vantaas_steering_group_and_lead_each_have_a_decision_waiting()
    {
        var onTheAgenda = await DecisionOfAsync("Väisänen", DecisionStatus.SteeringGroup);
        using var group = await factory.ApiAsync("vantaa.group");
        Assert.Contains(await WaitingAsync(group), w => w.Id == onTheAgenda && w.Reason == "ToReview");
        var proposed = await DecisionOfAsync("Jokinen", DecisionStatus.Proposed);
        using var lead = await factory.ApiAsync("vantaa.lead");
        Assert.Contains(await WaitingAsync(lead), w => w.Id == proposed && w.Reason == "ToSign");

        // Nieminen Sari is left without a decision: a browser test makes hers from the start.
        Assert.Empty(await DecisionsOfAsync("Nieminen"));
    }

    [Fact]
    public async Task The_Sysma_proposal_waits_for_the_social_director_and_the_Heinola_draft_for_its_counsellor()
    {
        var id = await DecisionOfAsync("Nurmi", DecisionStatus.Proposed);
        using var director = await factory.ApiAsync("sysma.director");
        Assert.Contains(await WaitingAsync(director), w => w.Id == id && w.Reason == "ToSign");
        foreach (var userName in new[] { "phhyky.sw", "sysma.sc" })
        {
            using var other = await factory.ApiAsync(userName);
            Assert.DoesNotContain(await WaitingAsync(other), w => w.Id == id);
            using var refused = await other.PostAsJsonAsync($"/api/v1/decisions/{id}/sign", new { version = 0 });
            var problem = await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
            Assert.Contains("Social director", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        using var heinola = await factory.ApiAsync("heinola.sc");
        var draft = await DecisionOfAsync("Hirvonen", DecisionStatus.Draft);
        Assert.Contains(await WaitingAsync(heinola), w => w.Id == draft && w.Reason == "ToSubmit");
        Assert.True(Step(await heinola.GetFromJsonAsync<JsonElement>($"/api/v1/decisions/{draft}"), "Sign").GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task The_plan_walk_through_keeps_Heikkinen_Mari_without_a_plan_or_a_decision()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var mari = await db.Clients.Where(c => c.LastName == "Heikkinen").Select(c => c.Id).SingleAsync();
        Assert.False(await db.Plans.AnyAsync(p => p.ClientId == mari));
        Assert.Empty(await DecisionsOfAsync("Heikkinen"));
    }

    private async Task<Dictionary<string, List<DecisionStatus>>> StatusesAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var rows = await (from d in db.Decisions join o in db.Organisations on d.OrganisationId equals o.Id select new { o.Code, d.Status }).ToListAsync();
        return rows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.Select(r => r.Status).Distinct().Order().ToList());
    }

    private async Task<List<(Guid Id, DecisionStatus Status)>> DecisionsOfAsync(string lastName)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var clientId = await db.Clients.Where(c => c.LastName == lastName).Select(c => c.Id).SingleAsync();
        return (await db.Decisions.Where(d => d.ClientId == clientId).Select(d => new { d.Id, d.Status }).ToListAsync()).Select(d => (d.Id, d.Status)).ToList();
    }

    private async Task<Guid> DecisionOfAsync(string lastName, DecisionStatus status) =>
        Assert.Single(await DecisionsOfAsync(lastName), d => d.Status == status).Id;

    private static async Task<List<(Guid Id, string Reason)>> WaitingAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/v1/decisions/waiting")).EnumerateArray()
        .Select(w => (w.GetProperty("decision").GetProperty("id").GetGuid(), w.GetProperty("reason").GetString()!)).ToList();

    private static JsonElement Step(JsonElement decision, string step) =>
        decision.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("step").GetString() == step);
}

public sealed class DemoDecisionsTests_Sqlite(SqliteFactory factory) : DemoDecisionsTests<SqliteFactory>(factory);

public sealed class DemoDecisionsTests_Postgres(PostgresFactory factory) : DemoDecisionsTests<PostgresFactory>(factory);
