using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Access;
using Polku.Web.Tests.Infrastructure;
using Polku.Web.Tests.Infrastructure.Pdf;

namespace Polku.Web.Tests.Features.Plans;

public abstract class PlansApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    private Task<Guid> ClientWithAssessmentAsync(string language = "fi") =>
        factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").WithCompletedAssessment().Speaking(language).Named("Suunnitelmallinen").BuildAsync();

    internal static object Goal(string title, int weight = 1, Guid? key = null) => new
    {
        key, title, areaCode = "local:daily-life", weight, baseline = -1,
        levels = new[] { $"{title}: ei lainkaan", $"{title}: joskus", $"{title}: useimmiten", $"{title}: lähes aina", $"{title}: aina" },
    };

    internal static object Draft(int version, object[] goals, string nextReviewOn = "2027-02-23", string agreement = "Agrees", string? comment = null) => new
    {
        clientView = "Haluan arkeen rytmiä.",
        workerAssessment = "Päivärytmi puuttuu, yksinäisyys.",
        clientStrengths = "Kiinnostus puutöihin.",
        clientCommitments = "Tulen ryhmään tiistaisin.",
        meetingFrequency = "joka toinen viikko",
        startsOn = "2026-11-23",
        endsOn = "2027-11-23",
        supportLevel = "Basic",
        nextReviewOn,
        goals,
        situationalFactors = new[] { new { code = "local:loneliness", note = "Ei ystäviä lähellä." } },
        services = new[] { new { code = "local:group-activity", description = "Työpaja Upseeri", startsOn = "2026-12-01", expectedEndOn = "2027-05-31" } },
        methods = new[] { new { code = "local:accompanying", description = "Mukana asioinnissa." } },
        networkMembers = new[] { new { name = "Ohjaaja Paula", organisation = "PSPY", responsibility = "Ryhmän ohjaus" } },
        supporters = new[] { new { name = "Äiti", relationship = "äiti" } },
        clientParticipated = true,
        clientAgreement = agreement,
        clientComment = comment,
        version,
    };

    private async Task<(Guid ClientId, JsonElement Plan)> AgreedPlanAsync(HttpClient api, string language = "fi")
    {
        var clientId = await ClientWithAssessmentAsync(language);
        var plan = await api.PostJsonAsync($"/api/v1/clients/{clientId}/plans", new { }, HttpStatusCode.Created);
        var id = plan.GetProperty("id").GetGuid();
        var saved = await api.PutJsonAsync($"/api/v1/plans/{id}", Draft(plan.GetProperty("version").GetInt32(),
            [Goal("Herään yhdeksältä", 3), Goal("Käyn ryhmässä", 2), Goal("Hoidan laskut", 1)]), HttpStatusCode.OK);
        var agreed = await api.PostJsonAsync($"/api/v1/plans/{id}/agree", new { version = saved.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
        return (clientId, agreed);
    }

    [Fact]
    public async Task A_plan_starts_from_the_assessment_is_agreed_locked_and_revised_as_a_new_version()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await ClientWithAssessmentAsync();
        var plan = await api.PostJsonAsync($"/api/v1/clients/{clientId}/plans", new { }, HttpStatusCode.Created);
        var id = plan.GetProperty("id").GetGuid();
        var current = plan.GetProperty("current");
        Assert.Equal("Draft", current.GetProperty("status").GetString());
        Assert.Equal("Haluan arkeen rytmiä.", current.GetProperty("content").GetProperty("clientView").GetString());
        Assert.Equal(2, current.GetProperty("content").GetProperty("situationalFactors").GetArrayLength());
        // The organisation's longest interval (6 months) is the default next review.
        Assert.Equal(factory.Today.AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            current.GetProperty("content").GetProperty("nextReviewOn").GetString());
        // One open plan per client.
        await api.PostJsonAsync($"/api/v1/clients/{clientId}/plans", new { }, HttpStatusCode.Conflict);

        var saved = await api.PutJsonAsync($"/api/v1/plans/{id}", Draft(plan.GetProperty("version").GetInt32(), [Goal("Herään yhdeksältä"), Goal("Käyn ryhmässä")]), HttpStatusCode.OK);
        var goalKey = saved.GetProperty("current").GetProperty("content").GetProperty("goals")[0].GetProperty("key").GetGuid();
        var agreed = await api.PostJsonAsync($"/api/v1/plans/{id}/agree", new { version = saved.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
        Assert.Equal("Agreed", agreed.GetProperty("status").GetString());
        Assert.Equal("2027-02-23", agreed.GetProperty("nextReviewOn").GetString());

        // The agreed version is locked.
        await api.PutJsonAsync($"/api/v1/plans/{id}", Draft(agreed.GetProperty("version").GetInt32(), [Goal("Muutettu")]), HttpStatusCode.Conflict);

        var revised = await api.PostJsonAsync($"/api/v1/plans/{id}/revise", new { version = agreed.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
        Assert.Equal(2, revised.GetProperty("current").GetProperty("number").GetInt32());
        Assert.Equal(1, revised.GetProperty("inForceNumber").GetInt32());
        await api.PostJsonAsync($"/api/v1/plans/{id}/revise", new { version = revised.GetProperty("version").GetInt32() }, HttpStatusCode.Conflict);
        var changed = await api.PutJsonAsync($"/api/v1/plans/{id}", Draft(revised.GetProperty("version").GetInt32(),
            [Goal("Herään kahdeksalta", key: goalKey), Goal("Käyn ryhmässä"), Goal("Haen kurssille")], nextReviewOn: "2027-01-23"), HttpStatusCode.OK);
        var second = await api.PostJsonAsync($"/api/v1/plans/{id}/agree", new { version = changed.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
        Assert.Equal(["Superseded", "Agreed"], second.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("status").GetString()!));

        // Version 1 is as it was agreed; the goal kept its key through the revision.
        var first = await api.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{id}/versions/1");
        Assert.Equal("Herään yhdeksältä", first.GetProperty("content").GetProperty("goals")[0].GetProperty("title").GetString());
        Assert.Equal(2, first.GetProperty("content").GetProperty("goals").GetArrayLength());
        var latest = await api.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{id}/versions/2");
        Assert.Equal(goalKey, latest.GetProperty("content").GetProperty("goals")[0].GetProperty("key").GetGuid());
        using var missing = await api.GetAsync($"/api/v1/plans/{id}/versions/3");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        var timeline = await api.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}/timeline");
        Assert.Equal(2, timeline.EnumerateArray().Count(i => i.GetProperty("kind").GetString() == "PlanAgreed"));
    }

    [Fact]
    public async Task Bad_plans_are_refused_field_by_field_in_the_users_language()
    {
        using var api = await factory.ApiAsync("demo.sw", "en");
        var clientId = await ClientWithAssessmentAsync();
        var plan = await api.PostJsonAsync($"/api/v1/clients/{clientId}/plans", new { }, HttpStatusCode.Created);
        var id = plan.GetProperty("id").GetGuid();
        var halfGoal = new { title = "Puolikas", weight = 0, baseline = -3, levels = new[] { "a", "b", "", "d" } };
        using var response = await api.PutAsJsonAsync($"/api/v1/plans/{id}", new
        {
            goals = new object?[] { null, halfGoal },
            services = new[] { new { code = "no-such-service", startsOn = "2027-01-01", expectedEndOn = "2026-12-01" } },
            startsOn = "2026-12-01", endsOn = "2026-11-01", nextReviewOn = "9999-12-31",
            version = plan.GetProperty("version").GetInt32(),
        });
        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("five levels", errors.GetProperty("goals[0].levels")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("1–10", errors.GetProperty("goals[0].weight")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("goals[0].baseline", out _));
        Assert.True(errors.TryGetProperty("services[0].code", out _));
        Assert.True(errors.TryGetProperty("services[0].expectedEndOn", out _));
        Assert.True(errors.TryGetProperty("endsOn", out _));
        Assert.True(errors.TryGetProperty("nextReviewOn", out _));

        // A draft saves half-way; agreeing names everything still missing.
        var saved = await api.PutJsonAsync($"/api/v1/plans/{id}", new { version = plan.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
        using var agree = await api.PostAsJsonAsync($"/api/v1/plans/{id}/agree", new { version = saved.GetProperty("version").GetInt32() });
        var missing = (await agree.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        foreach (var field in new[] { "goals", "endsOn", "supportLevel", "clientAgreement", "workerAssessment" })
        {
            Assert.True(missing.TryGetProperty(field, out _), field);
        }

        // A client who disagrees says so in their own words; a review more than six months ahead is too far.
        var disagreed = await api.PutJsonAsync($"/api/v1/plans/{id}", Draft(saved.GetProperty("version").GetInt32(), [Goal("Herään")], nextReviewOn: "2027-06-01", agreement: "Disagrees"), HttpStatusCode.OK);
        using var refused = await api.PostAsJsonAsync($"/api/v1/plans/{id}/agree", new { version = disagreed.GetProperty("version").GetInt32() });
        var reasons = (await refused.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("own words", reasons.GetProperty("clientComment")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("too far", reasons.GetProperty("nextReviewOn")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_completed_assessment_a_plan_starts_only_with_a_reason()
    {
        using var api = await factory.ApiAsync("demo.sw", "sv");
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").WithReferralAndAssessment().BuildAsync();
        using var response = await api.PostAsJsonAsync($"/api/v1/clients/{clientId}/plans", new { });
        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("brådskande", errors.GetProperty("startReason")[0].GetString(), StringComparison.Ordinal);

        var plan = await api.PostJsonAsync($"/api/v1/clients/{clientId}/plans", new { startReason = "Asunto menossa alta, tuki aloitettava heti." }, HttpStatusCode.Created);
        Assert.Equal("Asunto menossa alta, tuki aloitettava heti.", plan.GetProperty("startReason").GetString());
        Assert.Null(plan.GetProperty("assessmentId").GetString());
    }

    [Fact]
    public async Task Two_workers_saving_the_same_draft_the_second_is_told_and_nothing_is_lost()
    {
        using var first = await factory.ApiAsync("demo.sw", "en");
        using var second = await factory.ApiAsync("demo.sc", "en");
        var clientId = await ClientWithAssessmentAsync();
        var plan = await first.PostJsonAsync($"/api/v1/clients/{clientId}/plans", new { }, HttpStatusCode.Created);
        var id = plan.GetProperty("id").GetGuid();
        var version = plan.GetProperty("version").GetInt32();

        await first.PutJsonAsync($"/api/v1/plans/{id}", Draft(version, [Goal("Ensimmäinen")]), HttpStatusCode.OK);
        using var stale = await second.PutAsJsonAsync($"/api/v1/plans/{id}", Draft(version, [Goal("Toinen")]));
        var problem = await stale.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("changed the plan meanwhile", problem.GetProperty("title").GetString(), StringComparison.Ordinal);

        var stored = await first.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{id}");
        Assert.Equal("Ensimmäinen", stored.GetProperty("current").GetProperty("content").GetProperty("goals")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_review_rates_the_goals_answers_the_T_score_and_sets_the_next_review()
    {
        using var api = await factory.ApiAsync("demo.sw", "en");
        var (clientId, plan) = await AgreedPlanAsync(api);
        var id = plan.GetProperty("id").GetGuid();
        var content = plan.GetProperty("current").GetProperty("content");
        var goals = content.GetProperty("goals").EnumerateArray().Select(g => g.GetProperty("key").GetGuid()).ToList();
        var evaluated = content.GetProperty("services").EnumerateArray().Concat(content.GetProperty("methods").EnumerateArray()).Select(s => s.GetProperty("key").GetGuid()).ToList();
        object Review(string heldOn, int[] levels, string? next = "2027-03-01", string outcome = "Continue") => new
        {
            heldOn, participants = new[] { "Client", "Worker", "Provider" }, participantNames = "Ohjaaja Paula",
            goals = goals.Zip(levels, (key, level) => new { goalKey = key, level, comment = "" }),
            services = evaluated.Select(key => new { key, effect = "Helped", comment = "Käy säännöllisesti." }),
            factors = new[] { new { code = "local:loneliness", change = "Improved", comment = "" } },
            clientSummary = "Aamut sujuvat.", workerSummary = "Hyvä kehitys.", outcome, nextReviewOn = next,
        };

        // Weights 3, 2, 1 at +1, 0, −1: 50 + 10·(3 − 1)/√(0.7·14 + 0.3·36) = 54.4
        var review = await api.PostJsonAsync($"/api/v1/plans/{id}/reviews", Review("2026-11-23", [1, 0, -1]), HttpStatusCode.Created);
        Assert.Equal(54.4, review.GetProperty("gasTScore").GetDouble());
        var after = await api.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{id}");
        Assert.Equal("2027-03-01", after.GetProperty("nextReviewOn").GetString());
        Assert.Equal(54.4, after.GetProperty("reviews")[0].GetProperty("gasTScore").GetDouble());

        using var early = await api.PostAsJsonAsync($"/api/v1/plans/{id}/reviews", Review("2026-11-01", [3, 0, -1], next: "2027-09-01"));
        var errors = (await early.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("before the plan was agreed", errors.GetProperty("heldOn")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("−2…+2", errors.GetProperty("goals[0].level")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("nextReviewOn", out _));
        using var unrated = await api.PostAsJsonAsync($"/api/v1/plans/{id}/reviews", Review("2026-11-23", [0, 0]));
        Assert.True((await unrated.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty($"goal-{goals[2]}", out _));

        var end = await api.PostJsonAsync($"/api/v1/plans/{id}/reviews", Review("2026-11-23", [2, 2, 2], next: null, outcome: "End"), HttpStatusCode.Created);
        Assert.Equal(50 + (10 * 12 / Math.Sqrt((0.7 * 14) + (0.3 * 36))), end.GetProperty("gasTScore").GetDouble(), 1);
        var ended = await api.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{id}");
        Assert.Equal("Ended", ended.GetProperty("status").GetString());
        await api.PostJsonAsync($"/api/v1/plans/{id}/reviews", Review("2026-11-23", [0, 0, 0]), HttpStatusCode.Conflict);

        var timeline = await api.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}/timeline");
        Assert.Equal(2, timeline.EnumerateArray().Count(i => i.GetProperty("kind").GetString() == "PlanReviewed"));
    }

    [Fact]
    public async Task Reviews_due_are_on_the_workers_desk_and_the_leads_team_list()
    {
        using var api = await factory.ApiAsync("demo.sw", "en");
        var (clientId, plan) = await AgreedPlanAsync(api);
        var id = plan.GetProperty("id").GetGuid();
        var none = await api.GetFromJsonAsync<JsonElement>("/api/v1/reviews/due");
        Assert.DoesNotContain(none.EnumerateArray(), r => r.GetProperty("planId").GetGuid() == id);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
            await db.Plans.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.NextReviewOn, factory.Today.AddDays(-3)));
        }

        var due = await api.GetFromJsonAsync<JsonElement>("/api/v1/reviews/due?withinDays=14");
        var mine = Assert.Single(due.EnumerateArray(), r => r.GetProperty("planId").GetGuid() == id);
        Assert.True(mine.GetProperty("overdue").GetBoolean());
        Assert.Equal(clientId, mine.GetProperty("clientId").GetGuid());

        using var lead = await factory.ApiAsync("demo.lead");
        var team = await lead.GetFromJsonAsync<JsonElement>("/api/v1/reviews/due");
        Assert.Contains(team.EnumerateArray(), r => r.GetProperty("planId").GetGuid() == id && r.GetProperty("worker").GetString() == "Sanna Virtanen");
        using var counsellor = await factory.ApiAsync("demo.sc");
        var theirs = await counsellor.GetFromJsonAsync<JsonElement>("/api/v1/reviews/due");
        Assert.DoesNotContain(theirs.EnumerateArray(), r => r.GetProperty("planId").GetGuid() == id);

        using var browser = await factory.SignedInBrowserAsync("demo.sw");
        var front = await browser.GetStringAsync("/");
        Assert.Contains($"plans/{id}/reviews/new", front, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_is_in_the_clients_language_with_its_goals_and_page_numbers()
    {
        using var api = await factory.ApiAsync("demo.sw", "en");
        var (_, finnish) = await AgreedPlanAsync(api, "fi");
        var bytes = await api.GetByteArrayAsync($"/api/v1/plans/{finnish.GetProperty("id").GetGuid()}/pdf");
        var pages = PdfReader.PageTexts(bytes);
        var text = string.Join("\n", pages);
        Assert.Contains("Asiakassuunnitelma", text, StringComparison.Ordinal);
        Assert.Contains("Suunnitelmallinen Testi", text, StringComparison.Ordinal);
        Assert.Contains("Herään yhdeksältä", text, StringComparison.Ordinal);
        Assert.Contains("Käyn ryhmässä", text, StringComparison.Ordinal);
        Assert.Contains("Tavoite 3: Hoidan laskut", text, StringComparison.Ordinal);
        Assert.Contains("Vaasa", pages[0], StringComparison.Ordinal);
        Assert.All(pages.Select((page, i) => (page, i)), p => Assert.Contains($"{p.i + 1} ({pages.Count})", p.page, StringComparison.Ordinal));
        Assert.Contains("Arkistointitiedot", text, StringComparison.Ordinal);
        Assert.Contains("10 vuotta asian päättymisestä", text, StringComparison.Ordinal);
        Assert.Contains("Salassa pidettävä", text, StringComparison.Ordinal);

        // The user reads English; a Swedish-speaking client's plan is in Swedish all the same.
        var (_, swedish) = await AgreedPlanAsync(api, "sv");
        var svText = string.Join("\n", PdfReader.PageTexts(await api.GetByteArrayAsync($"/api/v1/plans/{swedish.GetProperty("id").GetGuid()}/pdf")));
        Assert.Contains("Klientplan", svText, StringComparison.Ordinal);
        Assert.Contains("Mål 1: Herään yhdeksältä", svText, StringComparison.Ordinal);
        Assert.Contains("Stödnivå", svText, StringComparison.Ordinal);
        Assert.Contains("Vasa", svText, StringComparison.Ordinal);
        Assert.Contains("Arkiveringsuppgifter", svText, StringComparison.Ordinal);
        Assert.Contains("10 år efter att ärendet avslutats", svText, StringComparison.Ordinal);
        Assert.DoesNotContain("Asiakassuunnitelma", svText, StringComparison.Ordinal);
        Assert.DoesNotContain("Client plan", svText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_plan_version_carries_its_archive_metadata_with_the_organisations_process_class()
    {
        using var api = await factory.ApiAsync("demo.sw", "en");
        var clientId = await ClientWithAssessmentAsync();
        var plan = await api.PostJsonAsync($"/api/v1/clients/{clientId}/plans", new { }, HttpStatusCode.Created);
        var archive = plan.GetProperty("archive");
        Assert.Equal("ClientPlan", archive.GetProperty("documentType").GetString());
        Assert.Equal("Secret", archive.GetProperty("publicity").GetString());
        Assert.Equal(10, archive.GetProperty("retentionYears").GetInt32());
        Assert.Equal(JsonValueKind.Null, archive.GetProperty("processClass").ValueKind);

        // The organisation's administrator sets the records plan's classes; a malformed code or an unknown type is refused.
        using var admin = await factory.ApiAsync("demo.admin", "en");
        using var bad = await admin.PutAsJsonAsync("/api/v1/organisation/settings", new
        {
            assessmentTargetWorkingDays = 7, recordsPlanClasses = new Dictionary<string, string> { ["ClientPlan"] = "05.01<script>", ["Letter"] = "1" },
        });
        var errors = (await bad.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("recordsPlanClasses.ClientPlan", out _));
        Assert.True(errors.TryGetProperty("recordsPlanClasses.Letter", out _));
        var settings = await admin.PutJsonAsync("/api/v1/organisation/settings", new
        {
            assessmentTargetWorkingDays = 7, recordsPlanClasses = new Dictionary<string, string> { ["ClientPlan"] = "05.01.02", ["ServiceNeedAssessment"] = "05.01.01" },
        }, HttpStatusCode.OK);
        Assert.Equal("05.01.02", settings.GetProperty("recordsPlanClasses").GetProperty("ClientPlan").GetString());

        var version = await api.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{plan.GetProperty("id").GetGuid()}/versions/1");
        Assert.Equal("05.01.02", version.GetProperty("archive").GetProperty("processClass").GetString());
        var assessments = await api.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{plan.GetProperty("id").GetGuid()}");
        var assessment = await api.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{assessments.GetProperty("assessmentId").GetGuid()}");
        Assert.Equal("05.01.01", assessment.GetProperty("archive").GetProperty("processClass").GetString());
        Assert.Equal("ServiceNeedAssessment", assessment.GetProperty("archive").GetProperty("documentType").GetString());
    }

    [Fact]
    public async Task Plans_are_checked_against_the_client_and_every_read_and_write_is_audited()
    {
        using var api = await factory.ApiAsync("demo.sw", "en");
        var (clientId, plan) = await AgreedPlanAsync(api);
        var id = plan.GetProperty("id").GetGuid();
        using var other = await factory.ApiAsync("phhyky.sw");
        using var read = await other.GetAsync($"/api/v1/plans/{id}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        using var pdf = await other.GetAsync($"/api/v1/plans/{id}/pdf");
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        await other.PostJsonAsync($"/api/v1/clients/{clientId}/plans", new { startReason = "x" }, HttpStatusCode.NotFound);

        await api.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{id}");
        using var scope = factory.Services.CreateScope();
        var events = await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Subjects.Any(s => s.PersonId == clientId)).Select(e => e.Action).ToListAsync();
        Assert.Contains(Actions.PlanWrite, events);
        Assert.Contains(Actions.PlanRead, events);
    }
}

public sealed class PlansApiTests_Sqlite(SqliteFactory factory) : PlansApiTests<SqliteFactory>(factory);

public sealed class PlansApiTests_Postgres(PostgresFactory factory) : PlansApiTests<PostgresFactory>(factory);
