using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Polku.Data.Seed;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Plans;

/// <summary>The plan as a worker meets it in the browser's forms: half-written goals kept with a clear message, agreement, comparison.</summary>
public abstract class PlanPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    private async Task<(HttpClient Browser, Guid PlanId)> DraftAsync(string language)
    {
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").WithCompletedAssessment().BuildAsync();
        var browser = await factory.SignedInBrowserAsync("demo.sw", language);
        using var started = await browser.SubmitFormAsync($"/clients/{clientId}", "start-plan", new Dictionary<string, string>());
        var location = started.Headers.Location?.OriginalString ?? "";
        Assert.Contains("plans/", location, StringComparison.Ordinal);
        return (browser, Guid.Parse(location[(location.LastIndexOf('/') + 1)..]));
    }

    private static Dictionary<string, string> Goal(int index, string title, params string[] levels)
    {
        var fields = new Dictionary<string, string>
        {
            [$"Input.Goals[{index}].Title"] = title, [$"Input.Goals[{index}].Weight"] = "2", [$"Input.Goals[{index}].Baseline"] = "-1",
        };
        for (var i = 0; i < levels.Length; i++)
        {
            fields[$"Input.Goals[{index}].Levels[{i}]"] = levels[i];
        }

        return fields;
    }

    [Fact]
    public async Task A_goal_without_all_five_levels_is_shown_at_its_place_and_what_was_typed_is_kept()
    {
        var (browser, planId) = await DraftAsync("fi");
        using var _ = browser;
        var fields = Goal(0, "Herään yhdeksältä", "ei koskaan", "joskus", "", "usein", "aina");
        fields["Input.Action"] = "save";
        fields["Input.Version"] = "0";
        fields["Input.StartsOn"] = "31.2.2027";
        using var response = await browser.SubmitFormAsync($"/plans/{planId}", "plan", fields);
        var html = TestClients.Text(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("error-summary", html);
        Assert.Contains("id=\"startsOn-error\"", html); // the unreadable date is named at its field
        Assert.Contains("Päivämäärä ei kelpaa.", html);
        Assert.Contains("value=\"31.2.2027\"", html);
        Assert.Contains("value=\"Herään yhdeksältä\"", html);
        Assert.Contains("value=\"usein\"", html);

        fields["Input.StartsOn"] = "1.12.2026";
        using var again = await browser.SubmitFormAsync($"/plans/{planId}", "plan", fields);
        var second = TestClients.Text(await again.Content.ReadAsStringAsync());
        Assert.Contains("Kirjoita tavoitteelle kuvaus jokaiselle viidelle tasolle", second);
        Assert.Contains("href=\"plans/" + planId + "#goals[0].levels\"", second);
        Assert.Contains("value=\"Herään yhdeksältä\"", second);
    }

    [Fact]
    public async Task A_plan_is_agreed_on_the_page_then_revised_and_the_versions_compared()
    {
        var (browser, planId) = await DraftAsync("en");
        using var _ = browser;
        var fields = Goal(0, "Wake up by nine", "never", "sometimes", "three mornings", "four mornings", "every morning");
        fields["Input.Action"] = "agree";
        fields["Input.Version"] = "0";
        fields["Input.WorkerAssessment"] = "Needs a daily rhythm.";
        fields["Input.StartsOn"] = "23.11.2026";
        fields["Input.EndsOn"] = "23.11.2027";
        fields["Input.SupportLevel"] = "Basic";
        fields["Input.NextReviewOn"] = "23.2.2027";
        fields["Input.ClientParticipated"] = "true";
        fields["Input.ClientAgreement"] = "Agrees";
        using var agreed = await browser.SubmitFormAsync($"/plans/{planId}", "plan", fields);
        var html = TestClients.Text(await agreed.Content.ReadAsStringAsync());
        Assert.Contains("The plan is agreed and locked.", html);
        Assert.DoesNotContain("name=\"Input.WorkerAssessment\"", html);
        Assert.Contains("Revise the plan (new version)", html);

        using var revised = await browser.SubmitFormAsync($"/plans/{planId}", "revise", new Dictionary<string, string> { ["Revision.Version"] = Version(html) });
        var draft = TestClients.Text(await revised.Content.ReadAsStringAsync());
        Assert.Contains("Draft, version 2", draft);
        fields = Goal(0, "Wake up by eight", "never", "sometimes", "three mornings", "four mornings", "every morning");
        fields["Input.Goals[0].Key"] = KeyOfFirstGoal(draft);
        fields["Input.Action"] = "save";
        fields["Input.Version"] = Version(draft);
        fields["Input.WorkerAssessment"] = "Needs a daily rhythm.";
        using var saved = await browser.SubmitFormAsync($"/plans/{planId}", "plan", fields);
        Assert.Contains("Saved.", TestClients.Text(await saved.Content.ReadAsStringAsync()));

        var compare = TestClients.Text(await browser.GetStringAsync($"/plans/{planId}/compare?a=1&b=2"));
        Assert.Contains("Wake up by nine", compare);
        Assert.Contains("Wake up by eight", compare);
        Assert.Contains("class=\"changed\"", compare);
        var first = TestClients.Text(await browser.GetStringAsync($"/plans/{planId}/versions/1"));
        Assert.Contains("Wake up by nine", first);
        Assert.DoesNotContain("Wake up by eight", first);
    }

    [Fact]
    public async Task A_review_posted_with_nothing_chosen_names_each_goal_left_unrated()
    {
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").WithCompletedAssessment().BuildAsync();
        using var api = await factory.ApiAsync("demo.sw");
        var plan = await api.PostJsonAsync($"/api/v1/clients/{clientId}/plans", new { }, HttpStatusCode.Created);
        var id = plan.GetProperty("id").GetGuid();
        var saved = await api.PutJsonAsync($"/api/v1/plans/{id}", PlansApiTests<TFactory>.Draft(0, [PlansApiTests<TFactory>.Goal("Herään")]), HttpStatusCode.OK);
        await api.PostJsonAsync($"/api/v1/plans/{id}/agree", new { version = saved.GetProperty("version").GetInt32() }, HttpStatusCode.OK);

        using var browser = await factory.SignedInBrowserAsync("demo.sw", "en");
        // Only the date: no goal, service or factor rows at all, as a hand-made post might send.
        using var response = await browser.SubmitFormAsync($"/plans/{id}/reviews/new", "review", new Dictionary<string, string> { ["Input.HeldOn"] = "23.11.2026" });
        var html = TestClients.Text(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose how far the goal was attained.", html);
        Assert.Contains("Evaluate how the service or method helped.", html);
        Assert.Contains("value=\"23.11.2026\"", html);
    }

    private static string Version(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"(?:Input|Revision)\\.Version\" value=\"(\\d+)\"").Groups[1].Value;

    private static string KeyOfFirstGoal(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"Input\\.Goals\\[0\\]\\.Key\" value=\"([0-9a-f-]+)\"").Groups[1].Value;
}

public sealed class PlanPagesTests_Sqlite(SqliteFactory factory) : PlanPagesTests<SqliteFactory>(factory);
