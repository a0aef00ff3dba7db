using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Access;
using Polku.Domain.Audit;
using Polku.Domain.Decisions;
using Polku.Domain.People;
using Polku.Domain.Plans;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Access;

/// <summary>
/// Every client endpoint and page × every demo role in a service-task organisation (Vaasa) and a team one (Vantaa)
/// × the user's own client, a team client, another team's client and another organisation's client. The expected
/// answer comes from the domain rules (<see cref="AccessRules"/>) applied to the facts of each case; the actual one
/// from HTTP. Fails on any unexpected allow — and on any unexpected refusal.
/// </summary>
public abstract class AuthorizationMatrixTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    private static readonly string[] Users =
    [
        "demo.sw", "demo.sc", "demo.lead", "demo.admin", "demo.provider", "demo.registrar",
        "vantaa.sw", "vantaa.sc", "vantaa.lead", "vantaa.registrar", "vantaa.admin",
    ];

    public enum Scenario
    {
        Own,
        Team,
        OtherTeam,
        OtherOrganisation,
    }

    /// <summary>A request on one client: the action it performs, and whether the answer shows the client's data.</summary>
    private sealed record Probe(string Name, string Action, bool Page, Func<Target, HttpRequestMessage> Request, Func<HttpResponseMessage, string, Target, bool>? Shows = null);

    private sealed record Target(
        Guid ClientId, Guid AssessmentId, Guid ReferralId, string LastName, Guid OtherWorkerId, Guid PlanId, Guid InstrumentId, Guid DecisionId, Guid RequestId);

    private static readonly Probe[] Probes =
    [
        new("GET client", Actions.ClientRead, false, t => Get($"/api/v1/clients/{t.ClientId}")),
        new("PUT non-disclosure", Actions.ClientUpdate, false, t => Put($"/api/v1/clients/{t.ClientId}/non-disclosure", new { nonDisclosure = false, version = 0 })),
        new("GET timeline", Actions.ClientRead, false, t => Get($"/api/v1/clients/{t.ClientId}/timeline")),
        new("search", Actions.ClientSearch, false, t => Get($"/api/v1/clients?search={t.LastName}"), (r, body, t) => r.IsSuccessStatusCode && body.Contains(t.ClientId.ToString(), StringComparison.Ordinal)),
        new("list referrals", Actions.ReferralList, false, t => Get($"/api/v1/referrals?clientId={t.ClientId}"), (r, body, t) => r.IsSuccessStatusCode && body.Contains(t.ClientId.ToString(), StringComparison.Ordinal)),
        new("POST referral", Actions.ReferralCreate, false, t => Post("/api/v1/referrals", new { clientId = t.ClientId, source = "self", receivedOn = "2026-11-20", description = "Matriisi." })),
        new("POST entry", Actions.RecordEntryCreate, false, t => Post($"/api/v1/clients/{t.ClientId}/entries", new { kind = "Note", occurredOn = "2026-11-20", text = "Matriisi." })),
        new("GET assessment", Actions.AssessmentRead, false, t => Get($"/api/v1/assessments/{t.AssessmentId}")),
        new("PUT assessment", Actions.AssessmentWrite, false, t => Put($"/api/v1/assessments/{t.AssessmentId}", new { clientView = "Matriisi.", version = 0 })),
        new("complete assessment", Actions.AssessmentComplete, false, t => Post($"/api/v1/assessments/{t.AssessmentId}/complete", new { version = 1 })),
        new("start assessment", Actions.AssessmentWrite, false, t => Post($"/api/v1/clients/{t.ClientId}/assessments", new { })),
        new("client page", Actions.ClientRead, true, t => Get($"/clients/{t.ClientId}")),
        new("assessment page", Actions.AssessmentRead, true, t => Get($"/assessments/{t.AssessmentId}")),
        new("new referral page", Actions.ReferralCreate, true, t => Get($"/clients/{t.ClientId}/referrals/new")),
        new("GET referral", Actions.ReferralRead, false, t => Get($"/api/v1/referrals/{t.ReferralId}")),
        new("referral page", Actions.ReferralRead, true, t => Get($"/referrals/{t.ReferralId}")),
        new("GET measurements", Actions.MeasurementRead, false, t => Get($"/api/v1/clients/{t.ClientId}/measurements")),
        new("POST measurement", Actions.MeasurementWrite, false, t => Post($"/api/v1/clients/{t.ClientId}/measurements",
            new { instrumentId = t.InstrumentId, stage = "Initial", rater = "Client", measuredOn = "2026-11-20", result = "Matriisi." })),
        new("measurements page", Actions.MeasurementRead, true, t => Get($"/clients/{t.ClientId}/measurements")),
        new("new measurement page", Actions.MeasurementWrite, true, t => Get($"/clients/{t.ClientId}/measurements/new?instrument={t.InstrumentId}")),
        // Last: it changes who the responsible worker is (never to the user, so the case stays what it was).
        new("name responsible worker", Actions.ResponsibleWorkerAssign, false, t => Post($"/api/v1/clients/{t.ClientId}/responsible-worker", new { employeeId = t.OtherWorkerId })),
        // Last of all: handing the referral to the other worker leaves the user's relations as they were.
        new("start plan", Actions.PlanWrite, false, t => Post($"/api/v1/clients/{t.ClientId}/plans", new { startReason = "Matriisi." })),
        new("GET plan", Actions.PlanRead, false, t => Get($"/api/v1/plans/{t.PlanId}")),
        new("GET plan version", Actions.PlanRead, false, t => Get($"/api/v1/plans/{t.PlanId}/versions/1")),
        new("GET plan pdf", Actions.PlanRead, false, t => Get($"/api/v1/plans/{t.PlanId}/pdf")),
        new("PUT plan", Actions.PlanWrite, false, t => Put($"/api/v1/plans/{t.PlanId}", new { clientView = "Matriisi.", version = 0 })),
        new("agree plan", Actions.PlanWrite, false, t => Post($"/api/v1/plans/{t.PlanId}/agree", new { version = 0 })),
        new("revise plan", Actions.PlanWrite, false, t => Post($"/api/v1/plans/{t.PlanId}/revise", new { version = 0 })),
        new("POST review", Actions.PlanReview, false, t => Post($"/api/v1/plans/{t.PlanId}/reviews", new { heldOn = "2026-11-23" })),
        new("plan page", Actions.PlanRead, true, t => Get($"/plans/{t.PlanId}")),
        new("plan version page", Actions.PlanRead, true, t => Get($"/plans/{t.PlanId}/versions/1")),
        new("plan compare page", Actions.PlanRead, true, t => Get($"/plans/{t.PlanId}/compare?a=1&b=1")),
        new("review page", Actions.PlanReview, true, t => Get($"/plans/{t.PlanId}/reviews/new")),
        new("assign referral", Actions.ReferralAssign, false, t => Post($"/api/v1/referrals/{t.ReferralId}/handler", new { employeeId = t.OtherWorkerId })),
        // Decisions: the target's decision is signed, so no probe changes it (a step answers 409, a missing note or method 400).
        new("start decision", Actions.DecisionWrite, false, t => Post($"/api/v1/clients/{t.ClientId}/decisions", new { typeCode = "workshop-activity" })),
        new("GET decision", Actions.DecisionRead, false, t => Get($"/api/v1/decisions/{t.DecisionId}")),
        new("list decisions", Actions.DecisionRead, false, t => Get($"/api/v1/decisions?clientId={t.ClientId}"), (r, body, t) => r.IsSuccessStatusCode && body.Contains(t.DecisionId.ToString(), StringComparison.Ordinal)),
        new("PUT decision", Actions.DecisionWrite, false, t => Put($"/api/v1/decisions/{t.DecisionId}", new { typeCode = "workshop-activity", version = 0 })),
        new("submit decision", Actions.DecisionWrite, false, t => Post($"/api/v1/decisions/{t.DecisionId}/submit", new { version = 0 })),
        new("review decision", Actions.DecisionGroupReview, false, t => Post($"/api/v1/decisions/{t.DecisionId}/steering-group-review", new { version = 0, note = "Matriisi." })),
        new("sign decision", Actions.DecisionSign, false, t => Post($"/api/v1/decisions/{t.DecisionId}/sign", new { version = 0 })),
        new("annul decision", Actions.DecisionSign, false, t => Post($"/api/v1/decisions/{t.DecisionId}/annul", new { version = 0 })),
        new("deliver decision", Actions.DecisionWrite, false, t => Post($"/api/v1/decisions/{t.DecisionId}/deliver", new { version = 0 })),
        new("record rectification request", Actions.DecisionWrite, false, t => Post($"/api/v1/decisions/{t.DecisionId}/rectification-requests", new { request = "Matriisi." })),
        new("handle rectification request", Actions.DecisionSign, false, t => Put($"/api/v1/decisions/{t.DecisionId}/rectification-requests/{t.RequestId}", new { version = 0 })),
    ];

    [Fact]
    public async Task Every_client_endpoint_and_page_answers_as_the_rules_say_for_every_role_and_relation()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var userName in Users)
        {
            using var api = await factory.ApiAsync(userName, "en");
            using var browser = await factory.SignedInBrowserAsync(userName, "en");
            var facts = await FactsAsync(userName);
            foreach (var scenario in Enum.GetValues<Scenario>())
            {
                var target = await TargetAsync(userName, scenario, facts);
                var relations = ExpectedRelations(scenario, facts, await UnitOfClientAsync(target.ClientId));
                foreach (var probe in Probes)
                {
                    var expected = AccessRules.Allows(facts.Roles, probe.Action, relations);
                    using var request = probe.Request(target);
                    using var response = await (probe.Page ? browser : api).SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    var allowed = probe.Shows?.Invoke(response, body, target) ?? Allowed(response, body);
                    checkedCount++;
                    if (allowed != expected)
                    {
                        failures.Add($"{userName} {scenario} {probe.Name}: expected {(expected ? "allow" : "deny")}, got {(int)response.StatusCode} {body[..Math.Min(body.Length, 160)]}");
                    }
                    else if (!expected && body.Contains(target.LastName, StringComparison.Ordinal))
                    {
                        failures.Add($"{userName} {scenario} {probe.Name}: refused but the answer names the client");
                    }
                    else if (!expected && scenario == Scenario.OtherOrganisation && response.StatusCode == HttpStatusCode.Forbidden && !probe.Page && AccessRules.RelationsFor(facts.Roles, probe.Action).Count > 0)
                    {
                        failures.Add($"{userName} {scenario} {probe.Name}: another organisation's client must look like no client (404), not a refusal");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} answers differ from the rules:\n" + string.Join("\n", failures));
        Assert.True(checkedCount >= Users.Length * 4 * Probes.Length);
    }

    [Fact]
    public async Task A_refusal_of_a_hidden_client_is_audited_as_denied()
    {
        var hidden = await factory.Client(DemoRegions.VantaaCode).InTeamOf("vantaa.sw2").BuildAsync();
        using var api = await factory.ApiAsync("vantaa.sw");
        using var response = await api.GetAsync($"/api/v1/clients/{hidden}");
        var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.True(problem.GetProperty("mayStateReason").GetBoolean());
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var userId = await factory.UserIdAsync("vantaa.sw");
        Assert.True(await db.AuditEvents.AnyAsync(e => e.UserId == userId && e.Outcome == AuditOutcome.Denied && e.Action == Actions.ClientRead
            && e.Subjects.Any(s => s.PersonId == hidden)));
    }

    private static bool Allowed(HttpResponseMessage response, string body) => response.StatusCode switch
    {
        // A decision's chain refuses a role after the access rules let the user at the client: the refusal names who can.
        HttpStatusCode.Forbidden => JsonHas(body, "whoCan"),
        HttpStatusCode.NotFound or HttpStatusCode.Unauthorized => false,
        // A page refused by role redirects to the access-denied page.
        HttpStatusCode.Redirect or HttpStatusCode.Found => response.Headers.Location?.OriginalString.Contains("access-denied", StringComparison.Ordinal) != true,
        // A client in a request body that the user may not see reads as an unknown client.
        HttpStatusCode.BadRequest => !JsonHasError(body, "clientId"),
        _ => (int)response.StatusCode < 500,
    };

    private static bool JsonHas(string body, string property)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty(property, out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool JsonHasError(string body, string field)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private sealed record UserFacts(Guid Id, Guid OrganisationId, Guid? UnitId, Guid? ParentUnitId, IReadOnlyList<Role> Roles, bool HasServiceTask, AccessPolicy Policy);

    private async Task<UserFacts> FactsAsync(string userName)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var id = await factory.UserIdAsync(userName);
        return await db.Employees.Where(e => e.Id == id)
            .Select(e => new UserFacts(
                e.Id, e.OrganisationId, e.UnitId,
                db.Units.Where(u => u.Id == e.UnitId).Select(u => u.ParentUnitId).FirstOrDefault(),
                e.Roles.Select(r => r.Role).ToList(),
                e.ServiceTasks.Any(t => t.ServiceTaskCode == ServiceTaskSeed.WorkingAgeSocialRehabilitation),
                db.Organisations.Where(o => o.Id == e.OrganisationId).Select(o => o.AccessPolicy).First()))
            .SingleAsync();
    }

    private async Task<(Guid? UnitId, Guid? ParentId)> UnitOfClientAsync(Guid clientId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var unit = await db.Clients.Where(c => c.Id == clientId).Select(c => c.UnitId).SingleAsync();
        return (unit, await db.Units.Where(u => u.Id == unit).Select(u => u.ParentUnitId).FirstOrDefaultAsync());
    }

    /// <summary>The relations the case creates, from the facts alone — the oracle the database rules must agree with.</summary>
    private static HashSet<Relation> ExpectedRelations(Scenario scenario, UserFacts user, (Guid? UnitId, Guid? ParentId) client)
    {
        if (scenario == Scenario.OtherOrganisation)
        {
            return [];
        }

        var relations = new HashSet<Relation> { Relation.Organisation };
        if (scenario == Scenario.Own)
        {
            relations.Add(Relation.ResponsibleWorker);
        }

        if (user.HasServiceTask && user.Policy == AccessPolicy.ServiceTask)
        {
            relations.Add(Relation.ServiceTask);
        }

        if (user.HasServiceTask && client.UnitId is not null && client.UnitId == user.UnitId)
        {
            relations.Add(Relation.Team);
        }

        if (client.UnitId is not null && user.UnitId is not null && (client.UnitId == user.UnitId || client.ParentId == user.UnitId))
        {
            relations.Add(Relation.UnitLead);
        }

        return relations;
    }

    private async Task<Target> TargetAsync(string userName, Scenario scenario, UserFacts user)
    {
        var name = $"Matriisi{Guid.NewGuid():N}"[..20];
        var organisation = userName.StartsWith("vantaa.", StringComparison.Ordinal) ? DemoRegions.VantaaCode : DemoData.VaasaCode;
        var builder = scenario switch
        {
            Scenario.Own => factory.Client(organisation).InTeamOf(userName).WithResponsibleWorker(userName),
            Scenario.Team => factory.Client(organisation).InTeamOf(userName),
            Scenario.OtherTeam => factory.Client(organisation).InAnotherTeamThan(userName),
            _ => factory.Client(DemoRegions.EspooCode).InTeamOf("espoo.sw"),
        };
        var clientId = await builder.Named(name).WithReferralAndAssessment().BuildAsync();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var assessmentId = await db.Assessments.Where(a => a.ClientId == clientId).Select(a => a.Id).SingleAsync();
        var referralId = await db.Referrals.Where(r => r.ClientId == clientId).Select(r => r.Id).SingleAsync();
        var clientOrganisation = await db.Clients.Where(c => c.Id == clientId).Select(c => c.OrganisationId).SingleAsync();
        var otherWorker = await db.Employees
            .Where(e => e.OrganisationId == clientOrganisation && e.Id != user.Id && e.Active && e.Roles.Any(r => r.Role == Role.SocialWorker || r.Role == Role.SocialCounsellor))
            .Select(e => e.Id).FirstAsync();
        var plan = ClientPlan.Start(clientOrganisation, clientId, null, "Matriisi.", otherWorker, factory.Today, new PlanContent
        {
            Goals = [new PlanGoal(Guid.NewGuid(), "Matriisi", null, 1, -1, ["a", "b", "c", "d", "e"])], NextReviewOn = factory.Today.AddMonths(1),
        }, factory.Time.GetUtcNow());
        plan.Agree(otherWorker, factory.Today, factory.Time.GetUtcNow());
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        var instrumentId = await db.Instruments.Where(i => i.Key == InstrumentSeed.Kykyviisari && i.OrganisationId == Guid.Empty).Select(i => i.Id).SingleAsync();
        var (decision, request) = SignedDecision(
            clientOrganisation, clientId, scenario == Scenario.OtherOrganisation ? DemoRegions.EspooCode : organisation, otherWorker);
        db.Decisions.Add(decision);
        db.RectificationRequests.Add(request);
        await db.SaveChangesAsync();
        return new Target(clientId, assessmentId, referralId, name, scenario == Scenario.Own ? user.Id : otherWorker, plan.Id, instrumentId, decision.Id, request.Id);
    }

    /// <summary>
    /// A decision prepared by another worker and signed by the organisation's own chain (through its steering group
    /// where it has one), with a request for its rectification waiting to be handled.
    /// </summary>
    private (Decision Decision, RectificationRequest Request) SignedDecision(Guid organisationId, Guid clientId, string organisationCode, Guid preparer)
    {
        var today = factory.Today;
        var chain = ChainVersion.Of(RegionalChains.For(organisationCode));
        var decision = Decision.Draft(organisationId, clientId, chain, preparer, today, new DecisionContent
        {
            TypeCode = "workshop-activity", Outcome = DecisionOutcome.Granted, StartsOn = today, EndsOn = today.AddMonths(6),
            LegalBases = ["1301/2014:17"], Reasons = "Matriisi.", Decided = "Matriisi.", MoreInformation = "Matriisi.",
        });
        if (chain.Chain.SteeringGroupReviews)
        {
            decision.Take(DecisionStep.Submit, preparer, [Role.SocialWorker], false, today);
            decision.Take(DecisionStep.SteeringGroupReview, Guid.NewGuid(), [Role.SteeringGroupMember], false, today);
        }

        decision.Take(DecisionStep.Sign, chain.Chain.PreparerMayDecide ? preparer : Guid.NewGuid(), chain.Chain.Signers, false, today);
        Assert.Equal(DecisionStatus.Signed, decision.Status);
        return (decision, RectificationRequest.Record(decision, today, "Matriisi.", preparer, factory.Time.GetUtcNow()));
    }

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static HttpRequestMessage Post(string url, object body) => new(HttpMethod.Post, url) { Content = JsonContent.Create(body) };

    private static HttpRequestMessage Put(string url, object body) => new(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
}

public sealed class AuthorizationMatrixTests_Sqlite(SqliteFactory factory) : AuthorizationMatrixTests<SqliteFactory>(factory);

public sealed class AuthorizationMatrixTests_Postgres(PostgresFactory factory) : AuthorizationMatrixTests<PostgresFactory>(factory);
