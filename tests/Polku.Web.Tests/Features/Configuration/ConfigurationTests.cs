using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Polku.Data.Seed;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Configuration;

/// <summary>An administrator configures the region's rules as data: the assessment target, criteria and code lists.</summary>
public abstract class ConfigurationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task The_organisations_target_sets_the_deadline_but_never_the_statutory_one()
    {
        using var socialWorker = await factory.ApiAsync("phhyky.sw");
        using var refused = await socialWorker.PutAsJsonAsync("/api/v1/organisation/settings", new { assessmentTargetWorkingDays = 3 });
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);

        using var vaasaAdmin = await factory.ApiAsync("demo.admin", "en");
        using var outOfRange = await vaasaAdmin.PutAsJsonAsync("/api/v1/organisation/settings", new { assessmentTargetWorkingDays = 45 });
        Assert.Equal("Give a number from 1 to 30.", (await outOfRange.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("assessmentTargetWorkingDays")[0].GetString());
        using var saved = await vaasaAdmin.PutAsJsonAsync("/api/v1/organisation/settings", new { assessmentTargetWorkingDays = 3 });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        using var worker = await factory.ApiAsync("demo.sw");
        var clientId = await worker.NewClientAsync();
        var ordinary = await worker.PostJsonAsync("/api/v1/referrals", new { clientId, source = "kela", receivedOn = "2026-10-30", description = "x" }, HttpStatusCode.Created);
        Assert.Equal("2026-11-04", ordinary.GetProperty("assessmentStartDueOn").GetString());
        var special = await worker.PostJsonAsync("/api/v1/referrals", new { clientId, source = "kela", receivedOn = "2026-10-30", description = "x", specialGroup = true }, HttpStatusCode.Created);
        Assert.Equal("2026-11-10", special.GetProperty("assessmentStartDueOn").GetString());
    }

    [Fact]
    public async Task A_new_criterion_applies_and_a_retired_one_no_longer_counts()
    {
        using var socialWorker = await factory.ApiAsync("espoo.sw");
        using var forbidden = await socialWorker.PutAsJsonAsync("/api/v1/access-criteria/x", new { });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var vaasaAdmin = await factory.ApiAsync("demo.admin", "en");
        await vaasaAdmin.PutJsonAsync("/api/v1/access-criteria/housing-need", new { name = Names("Asumisen tuen tarve"), kind = "AnyOf" }, HttpStatusCode.Created);
        await vaasaAdmin.PutJsonAsync("/api/v1/access-criteria/clear-need", new { name = Names("Selvä tarve"), kind = "AnyOf", active = false }, HttpStatusCode.OK);
        using var badCondition = await vaasaAdmin.PutAsJsonAsync("/api/v1/access-criteria/needs-x", new { name = Names("Ehto"), kind = "Condition", requiresCode = "nothing" });
        Assert.True((await badCondition.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("requiresCode", out _));
        using var badCode = await vaasaAdmin.PutAsJsonAsync("/api/v1/access-criteria/Bad Code", new { name = Names("x"), kind = "AnyOf" });
        Assert.True((await badCode.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("code", out _));

        using var worker = await factory.ApiAsync("demo.sc");
        var clientId = await worker.NewClientAsync();
        var started = await worker.PostJsonAsync($"/api/v1/clients/{clientId}/assessments", new { }, HttpStatusCode.Created);
        var codes = started.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        Assert.Contains("housing-need", codes);
        Assert.DoesNotContain("clear-need", codes);

        var id = started.GetProperty("id").GetGuid();
        using var retired = await worker.PutAsJsonAsync($"/api/v1/assessments/{id}", Content(0, ["social-services-client", "clear-need"]));
        await retired.AssertProblemAsync(HttpStatusCode.BadRequest);
        using var saved = await worker.PutAsJsonAsync($"/api/v1/assessments/{id}", Content(0, ["social-services-client", "housing-need"]));
        var version = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        await worker.PostJsonAsync($"/api/v1/assessments/{id}/complete", new { version }, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Code_lists_take_new_codes_and_retire_old_ones()
    {
        using var admin = await factory.ApiAsync("demo.admin");
        await admin.PutJsonAsync("/api/v1/code-lists/referral-sources/school", new { name = new { fi = "Oppilaitos", sv = "Läroanstalt", en = "School" } }, HttpStatusCode.Created);
        await admin.PutJsonAsync("/api/v1/code-lists/referral-sources/plan-review", new { name = Names("Suunnitelman tarkistus"), active = false }, HttpStatusCode.OK);
        using var missingNames = await admin.PutAsJsonAsync("/api/v1/code-lists/referral-sources/empty", new { name = new { fi = "Vain suomeksi" } });
        var errors = (await missingNames.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name.sv", out _));
        using var unknownList = await admin.PutAsJsonAsync("/api/v1/code-lists/no-such-list/x", new { name = Names("x") });
        Assert.Equal(HttpStatusCode.NotFound, unknownList.StatusCode);

        using var worker = await factory.ApiAsync("demo.sw");
        var sources = (await worker.GetFromJsonAsync<JsonElement>("/api/v1/code-lists/referral-sources")).EnumerateArray()
            .Select(s => s.GetProperty("code").GetString()).ToList();
        Assert.Contains("school", sources);
        Assert.DoesNotContain("plan-review", sources);
        var clientId = await worker.NewClientAsync();
        await worker.PostJsonAsync("/api/v1/referrals", new { clientId, source = "school", receivedOn = "2026-11-02", description = "x" }, HttpStatusCode.Created);
        using var retired = await worker.PostAsJsonAsync("/api/v1/referrals", new { clientId, source = "plan-review", receivedOn = "2026-11-02", description = "x" });
        await retired.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task One_organisations_code_lists_are_its_own()
    {
        using var vaasaAdmin = await factory.ApiAsync("demo.admin");
        var renamed = await vaasaAdmin.PutJsonAsync("/api/v1/code-lists/referral-sources/kela", new { name = new { fi = "Kela (Vaasa)", sv = "FPA (Vasa)", en = "Kela (Vaasa)" }, active = false }, HttpStatusCode.OK);
        Assert.False(renamed.GetProperty("national").GetBoolean());

        using var vaasaWorker = await factory.ApiAsync("demo.sw");
        Assert.DoesNotContain(Codes(await vaasaWorker.GetFromJsonAsync<JsonElement>("/api/v1/code-lists/referral-sources")), c => c == "kela");
        using var vantaaWorker = await factory.ApiAsync("vantaa.sw");
        Assert.Contains(Codes(await vantaaWorker.GetFromJsonAsync<JsonElement>("/api/v1/code-lists/referral-sources")), c => c == "kela");
        var clientId = await vantaaWorker.NewClientAsync();
        await vantaaWorker.PostJsonAsync("/api/v1/referrals", new { clientId, source = "kela", receivedOn = "2026-11-02", description = "x" }, HttpStatusCode.Created);

        using var vantaaAdmin = await factory.ApiAsync("vantaa.admin");
        var vantaaList = await vantaaAdmin.GetFromJsonAsync<JsonElement>("/api/v1/organisation/code-lists/referral-sources");
        var kela = vantaaList.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "kela");
        Assert.True(kela.GetProperty("national").GetBoolean());
        Assert.Equal("Kela", kela.GetProperty("name").GetProperty("fi").GetString());
    }

    [Fact]
    public async Task The_access_policy_is_the_organisations_choice()
    {
        var otherTeam = await factory.Client(DemoRegions.VantaaCode).InTeamOf("vantaa.sw2").BuildAsync();
        using var worker = await factory.ApiAsync("vantaa.sw");
        using var admin = await factory.ApiAsync("vantaa.admin");
        var settings = await admin.GetFromJsonAsync<JsonElement>("/api/v1/organisation/settings");
        Assert.Equal("Team", settings.GetProperty("accessPolicy").GetString());
        using (var hidden = await worker.GetAsync($"/api/v1/clients/{otherTeam}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, hidden.StatusCode);
        }

        await admin.PutJsonAsync("/api/v1/organisation/settings", new { assessmentTargetWorkingDays = 7, accessPolicy = "ServiceTask" }, HttpStatusCode.OK);
        using (var open = await worker.GetAsync($"/api/v1/clients/{otherTeam}"))
        {
            Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        }

        await admin.PutJsonAsync("/api/v1/organisation/settings", new { assessmentTargetWorkingDays = 7, accessPolicy = "Team" }, HttpStatusCode.OK);
        using var hiddenAgain = await worker.GetAsync($"/api/v1/clients/{otherTeam}");
        Assert.Equal(HttpStatusCode.Forbidden, hiddenAgain.StatusCode);
    }

    private static IEnumerable<string?> Codes(JsonElement list) => list.EnumerateArray().Select(c => c.GetProperty("code").GetString());

    [Fact]
    public async Task The_configuration_page_explains_errors_and_keeps_the_input()
    {
        using var browser = await factory.SignedInBrowserAsync("demo.admin", "sv");
        var page = TestClients.Text(await browser.GetStringAsync("/configuration"));
        Assert.Contains("<h1>Organisationens inställningar</h1>", page);
        Assert.Contains("social-services-client", page);

        using var response = await browser.SubmitFormAsync("/configuration?list=situational-factors", "code", new Dictionary<string, string>
        {
            ["Code.List"] = "situational-factors", ["Code.Code"] = "local:debt", ["Code.Fi"] = "Velkaantuminen", ["Code.Sv"] = "", ["Code.En"] = "Debt",
        });
        var html = TestClients.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Namn på svenska: Obligatorisk uppgift.", html);
        Assert.Contains("value=\"Velkaantuminen\"", html);
        Assert.Contains("value=\"local:debt\"", html);
    }

    private static object Names(string name) => new { fi = name, sv = name + " (sv)", en = name + " (en)" };

    private static object Content(int version, string[] criteria) => new
    {
        clientView = "Näkemys", workerAssessment = "Arvio", supportNature = "Temporary", specialSupportNeed = false,
        situationalFactors = Array.Empty<string>(), criteriaMet = criteria, rehabilitationNeeded = true,
        recommendedServices = "", conclusionReasons = "Perustelu", version,
    };
}

public sealed class ConfigurationTests_Sqlite(SqliteFactory factory) : ConfigurationTests<SqliteFactory>(factory);

public sealed class ConfigurationTests_Postgres(PostgresFactory factory) : ConfigurationTests<PostgresFactory>(factory);
