using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Assessments;

public abstract class AssessmentsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task A_referral_is_taken_to_a_completed_assessment_that_then_stays_as_it_was()
    {
        using var client = await factory.ApiAsync("demo.sw");
        var clientId = await client.NewClientAsync("Arvioitava");
        var referral = await client.PostJsonAsync("/api/v1/referrals", new { clientId, source = "te-office", receivedOn = "2026-11-13", description = "Nuori ilman opiskelupaikkaa." }, HttpStatusCode.Created);

        var started = await client.PostJsonAsync($"/api/v1/clients/{clientId}/assessments", new { referralId = referral.GetProperty("id").GetGuid() }, HttpStatusCode.Created);
        var id = started.GetProperty("id").GetGuid();
        Assert.Equal("InProgress", started.GetProperty("status").GetString());
        Assert.Equal("2026-11-24", started.GetProperty("assessmentStartDueOn").GetString());

        var saved = await client.PutJsonAsync($"/api/v1/assessments/{id}", Content(started.GetProperty("version").GetInt32(), ["social-services-client", "own-request"]), HttpStatusCode.OK);
        var completed = await client.PostJsonAsync($"/api/v1/assessments/{id}/complete", new { version = saved.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
        Assert.Equal("Completed", completed.GetProperty("status").GetString());
        Assert.Equal(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(factory.Time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            completed.GetProperty("completedOn").GetString());

        // Immutable: a change is refused and a second completion too.
        await client.PutJsonAsync($"/api/v1/assessments/{id}", Content(completed.GetProperty("version").GetInt32(), []), HttpStatusCode.Conflict);
        await client.PostJsonAsync($"/api/v1/assessments/{id}/complete", new { version = completed.GetProperty("version").GetInt32() }, HttpStatusCode.Conflict);

        var referrals = await client.GetFromJsonAsync<JsonElement>($"/api/v1/referrals?clientId={clientId}");
        Assert.Equal("Closed", referrals.GetProperty("items")[0].GetProperty("status").GetString());

        // A later change is a new assessment that refers to the old one and starts from its content.
        var next = await client.PostJsonAsync($"/api/v1/clients/{clientId}/assessments", new { previousAssessmentId = id }, HttpStatusCode.Created);
        Assert.Equal(id, next.GetProperty("previousAssessmentId").GetGuid());
        Assert.Equal("Haluan päästä mukaan ryhmään.", next.GetProperty("clientView").GetString());

        var timeline = await client.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}/timeline");
        var kinds = timeline.EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ToList();
        Assert.Contains("Referral", kinds);
        Assert.Contains("AssessmentCompleted", kinds);
        Assert.Equal(2, kinds.Count(k => k == "AssessmentStarted"));
    }

    [Fact]
    public async Task Completion_is_refused_until_the_assessment_says_what_the_law_asks()
    {
        using var client = await factory.ApiAsync("demo.sw", "en");
        var clientId = await client.NewClientAsync();
        var started = await client.PostJsonAsync($"/api/v1/clients/{clientId}/assessments", new { }, HttpStatusCode.Created);
        using var response = await client.PostAsJsonAsync($"/api/v1/assessments/{started.GetProperty("id").GetGuid()}/complete", new { version = 0 });
        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        foreach (var field in new[] { "clientView", "workerAssessment", "supportNature", "specialSupportNeed", "rehabilitationNeeded", "conclusionReasons" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task A_long_term_need_requires_a_named_responsible_worker()
    {
        using var client = await factory.ApiAsync("demo.sw", "en");
        var clientId = await client.NewClientAsync();
        var started = await client.PostJsonAsync($"/api/v1/clients/{clientId}/assessments", new { }, HttpStatusCode.Created);
        var id = started.GetProperty("id").GetGuid();
        var saved = await client.PutJsonAsync($"/api/v1/assessments/{id}", Content(0, ["social-services-client", "clear-need"], nature: "LongTerm"), HttpStatusCode.OK);
        using var refused = await client.PostAsJsonAsync($"/api/v1/assessments/{id}/complete", new { version = saved.GetProperty("version").GetInt32() });
        var errors = (await refused.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("responsible worker", errors.GetProperty("responsibleWorker")[0].GetString(), StringComparison.Ordinal);

        await client.PostJsonAsync($"/api/v1/clients/{clientId}/responsible-worker", new { employeeId = await factory.UserIdAsync("demo.sw") }, HttpStatusCode.OK);
        await client.PostJsonAsync($"/api/v1/assessments/{id}/complete", new { version = saved.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Capital_region_needs_a_treatment_contact_for_an_acute_problem_and_says_why()
    {
        using var client = await factory.ApiAsync("espoo.sw", "en");
        var clientId = await client.NewClientAsync("Espoolainen");
        var started = await client.PostJsonAsync($"/api/v1/clients/{clientId}/assessments", new { }, HttpStatusCode.Created);
        var id = started.GetProperty("id").GetGuid();
        Assert.Contains(started.GetProperty("criteria").EnumerateArray(), c => c.GetProperty("code").GetString() == "treatment-contact");

        var saved = await client.PutJsonAsync($"/api/v1/assessments/{id}", Content(0, ["special-support-need", "acute-problem"]), HttpStatusCode.OK);
        using var refused = await client.PostAsJsonAsync($"/api/v1/assessments/{id}/complete", new { version = saved.GetProperty("version").GetInt32() });
        var reason = (await refused.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("criteriaMet")[0].GetString();
        Assert.Equal("When \u201cAcute substance-abuse or mental-health problem\u201d holds, \u201cA treatment contact is recorded\u201d is required. Record it before concluding the need.", reason);

        saved = await client.PutJsonAsync($"/api/v1/assessments/{id}", Content(saved.GetProperty("version").GetInt32(), ["special-support-need", "acute-problem", "treatment-contact"]), HttpStatusCode.OK);
        await client.PostJsonAsync($"/api/v1/assessments/{id}/complete", new { version = saved.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Vaasa_and_phhyky_apply_their_own_criteria()
    {
        foreach (var (user, met, eligible) in new[]
        {
            ("demo.sc", new[] { "own-request" }, false),
            ("demo.sc", new[] { "social-services-client", "clear-need" }, true),
            ("phhyky.sw", Array.Empty<string>(), false),
            ("phhyky.sw", new[] { "strong-support-need" }, true),
        })
        {
            using var client = await factory.ApiAsync(user);
            var clientId = await client.NewClientAsync();
            var started = await client.PostJsonAsync($"/api/v1/clients/{clientId}/assessments", new { }, HttpStatusCode.Created);
            var id = started.GetProperty("id").GetGuid();
            var saved = await client.PutJsonAsync($"/api/v1/assessments/{id}", Content(0, met), HttpStatusCode.OK);
            await client.PostJsonAsync($"/api/v1/assessments/{id}/complete", new { version = saved.GetProperty("version").GetInt32() },
                eligible ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task A_stale_save_and_unknown_codes_are_refused()
    {
        using var client = await factory.ApiAsync("demo.sw");
        var clientId = await client.NewClientAsync();
        var started = await client.PostJsonAsync($"/api/v1/clients/{clientId}/assessments", new { }, HttpStatusCode.Created);
        var id = started.GetProperty("id").GetGuid();
        await client.PutJsonAsync($"/api/v1/assessments/{id}", Content(0, []), HttpStatusCode.OK);
        await client.PutJsonAsync($"/api/v1/assessments/{id}", Content(0, []), HttpStatusCode.Conflict);
        await client.PutJsonAsync($"/api/v1/assessments/{id}", Content(1, ["no-such-criterion"]), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Another_organisation_cannot_read_or_write_the_assessment()
    {
        using var client = await factory.ApiAsync("demo.sw");
        var clientId = await client.NewClientAsync();
        var started = await client.PostJsonAsync($"/api/v1/clients/{clientId}/assessments", new { }, HttpStatusCode.Created);
        using var other = await factory.ApiAsync("phhyky.sw");
        using var read = await other.GetAsync($"/api/v1/assessments/{started.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        await other.PostJsonAsync($"/api/v1/clients/{clientId}/assessments", new { }, HttpStatusCode.NotFound);
    }

    private static object Content(int version, string[] criteria, string nature = "Recurring") => new
    {
        clientView = "Haluan päästä mukaan ryhmään.",
        workerAssessment = "Yksinäisyys, päivärytmin puute.",
        supportNature = nature,
        specialSupportNeed = false,
        situationalFactors = new[] { "local:loneliness" },
        criteriaMet = criteria,
        rehabilitationNeeded = true,
        recommendedServices = "Ryhmätoiminta.",
        conclusionReasons = "Tavoitteellinen tuki vahvistaa osallisuutta.",
        version,
    };
}

public sealed class AssessmentsApiTests_Sqlite(SqliteFactory factory) : AssessmentsApiTests<SqliteFactory>(factory);

public sealed class AssessmentsApiTests_Postgres(PostgresFactory factory) : AssessmentsApiTests<PostgresFactory>(factory);
