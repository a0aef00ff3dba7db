using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Clients;

/// <summary>The pages of the first steps, posted as a browser posts them, in each language.</summary>
public abstract partial class ClientPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task A_bad_code_is_explained_and_kept_then_a_good_one_registers_the_client()
    {
        using var browser = await factory.SignedInBrowserAsync("demo.sw", "fi");
        var code = TestClients.UniqueIdentityCode();
        var fields = new Dictionary<string, string>
        {
            ["Input.IdentityCode"] = code.Value[..10] + (code.Value[10] == 'A' ? 'B' : 'A'),
            ["Input.FirstNames"] = "Ville",
            ["Input.LastName"] = "Lomake",
            ["Input.Language"] = "fi",
        };
        using var refused = await browser.SubmitFormAsync("/clients/new", "new-client", fields);
        var html = TestClients.Text(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Tarkistusmerkki ei täsmää. Tarkista henkilötunnus.", html);
        Assert.Contains($"value=\"{fields["Input.IdentityCode"]}\"", html);
        Assert.Contains("value=\"Lomake\"", html);

        fields["Input.IdentityCode"] = code.Value;
        using var registered = await browser.SubmitFormAsync("/clients/new", "new-client", fields);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var page = TestClients.Text(await browser.GetStringAsync(registered.Headers.Location!.AbsolutePath));
        Assert.Contains("<h1>Lomake Ville</h1>", page);
        Assert.Contains(code.Value, page);
    }

    [Fact]
    public async Task A_referral_form_shows_the_deadline_and_keeps_input_on_error()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await api.NewClientAsync("Ilmoitettava");
        using var browser = await factory.SignedInBrowserAsync("demo.sw", "en");
        var url = $"/clients/{clientId}/referrals/new";
        var future = factory.Time.GetUtcNow().AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var refused = await browser.SubmitFormAsync(url, "new-referral", new Dictionary<string, string>
        {
            ["Input.Source"] = "te-office", ["Input.ReceivedOn"] = future, ["Input.Description"] = "Kept text",
        });
        var html = TestClients.Text(await refused.Content.ReadAsStringAsync());
        Assert.Contains("The date cannot be in the future.", html);
        Assert.Contains("Kept text", html);

        using var saved = await browser.SubmitFormAsync(url, "new-referral", new Dictionary<string, string>
        {
            ["Input.Source"] = "te-office", ["Input.ReceivedOn"] = "2026-10-30", ["Input.Description"] = "TE office referral", ["Input.ConsentGiven"] = "true",
        });
        // Saved, the worker lands on the referral with its deadline and the next step.
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("/referrals/", saved.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        var referralPage = TestClients.Text(await browser.GetStringAsync(saved.Headers.Location));
        Assert.Contains("The service-need assessment must start by 10.11.2026.", referralPage);
        Assert.Contains("Start a service-need assessment", referralPage);
    }

    [Theory]
    [InlineData("31.2.2026")]
    [InlineData("1.3.20266")]
    [InlineData("eilen")]
    public async Task A_date_that_is_no_date_says_so_and_keeps_what_was_typed(string typed)
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await api.NewClientAsync("Päiväys");
        using var browser = await factory.SignedInBrowserAsync("demo.sw", "en");
        using var refused = await browser.SubmitFormAsync($"/clients/{clientId}/referrals/new", "new-referral", new Dictionary<string, string>
        {
            ["Input.Source"] = "te-office", ["Input.ReceivedOn"] = typed, ["Input.Description"] = "Kept text",
        });
        var html = TestClients.Text(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Not a valid date. Write it as d.m.yyyy, for example 5.11.2026.", html);
        Assert.Contains($"value=\"{typed}\"", html);
        Assert.Contains("Kept text", html);
        Assert.DoesNotContain("Required", html.Split("receivedOn-error")[1][..200]);

        using var typedTheFinnishWay = await browser.SubmitFormAsync($"/clients/{clientId}/referrals/new", "new-referral", new Dictionary<string, string>
        {
            ["Input.Source"] = "te-office", ["Input.ReceivedOn"] = "30.10.2026", ["Input.Description"] = "Typed as d.M.yyyy",
        });
        Assert.Equal(HttpStatusCode.Redirect, typedTheFinnishWay.StatusCode);
    }

    [Fact]
    public async Task The_assessment_form_completes_with_ticked_criteria()
    {
        using var api = await factory.ApiAsync("demo.sc");
        var clientId = await api.NewClientAsync("Lomakearvio");
        using var browser = await factory.SignedInBrowserAsync("demo.sc", "en");
        using var start = await browser.SubmitFormAsync($"/clients/{clientId}", "start-assessment", new Dictionary<string, string> { ["Start.ReferralId"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var url = start.Headers.Location!.AbsolutePath;

        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Version", "0"), new("Input.ClientView", "I want company."), new("Input.WorkerAssessment", "Lonely."),
            new("Input.SupportNature", "Temporary"), new("Input.SpecialSupportNeed", "false"), new("situationalFactors", "local:loneliness"),
            new("situationalFactors", "local:housing"), new("criteriaMet", "social-services-client"), new("Input.RehabilitationNeeded", "true"),
            new("Input.RecommendedServices", "Group."), new("Input.ConclusionReasons", "Goal-oriented support."), new("Input.Action", "complete"),
        };
        using var refused = await PostAsync(browser, url, "assessment", fields);
        Assert.Contains("At least one of the alternative criteria must hold", TestClients.Text(await refused.Content.ReadAsStringAsync()));

        fields[0] = new("Input.Version", VersionOf(await browser.GetStringAsync(url)));
        fields.Add(new("criteriaMet", "own-request"));
        using var completed = await PostAsync(browser, url, "assessment", fields);
        var html = TestClients.Text(await completed.Content.ReadAsStringAsync());
        Assert.Contains("The assessment is completed. It can no longer be changed.", html);
        Assert.Contains("Housing, Loneliness", html);
        Assert.DoesNotContain("name=\"Input.ClientView\"", html);
    }

    [Theory]
    [InlineData("fi", "Myöhässä")]
    [InlineData("sv", "Försenad")]
    [InlineData("en", "Overdue by")]
    public async Task The_front_page_and_the_inbox_put_the_overdue_referral_first(string language, string overdue)
    {
        using var browser = await factory.SignedInBrowserAsync("demo.sw", language);
        foreach (var path in new[] { "/", "/referrals" })
        {
            var html = TestClients.Text(await browser.GetStringAsync(path));
            var laaksonen = html.IndexOf("Laaksonen Jari", StringComparison.Ordinal);
            Assert.True(laaksonen > 0, path);
            Assert.True(laaksonen < html.IndexOf("Karimi Ahmad", StringComparison.Ordinal), path);
            Assert.Contains(overdue, html);
        }
    }

    [Fact]
    public async Task The_client_page_shows_the_timeline_in_english()
    {
        using var browser = await factory.SignedInBrowserAsync("demo.sw", "en");
        var list = TestClients.Text(await browser.GetStringAsync("/clients?search=heikkinen"));
        var id = ClientLink().Match(list).Groups[1].Value;
        var html = TestClients.Text(await browser.GetStringAsync($"/clients/{id}"));
        Assert.Contains("Home visit", html);
        Assert.Contains("Guidance to a low-threshold group", html);
        Assert.Contains("Assessment completed: social rehabilitation needed", html);
        Assert.Contains("Referral: The client themself", html);
    }

    [Fact]
    public async Task Opening_the_client_page_is_one_audited_read()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await api.NewClientAsync("Katsottava");
        using var browser = await factory.SignedInBrowserAsync("demo.sw", "en");
        var before = await ReadsAsync(clientId);
        using var page = await browser.GetAsync($"/clients/{clientId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(before + 1, await ReadsAsync(clientId));
    }

    private async Task<int> ReadsAsync(Guid clientId)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().AuditEvents
            .CountAsync(e => e.Action == Actions.ClientRead && e.Subjects.Any(s => s.PersonId == clientId));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string url, string formName, List<KeyValuePair<string, string>> fields)
    {
        var page = await browser.GetStringAsync(url);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var values = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", WebUtility.HtmlDecode(token)), new("_handler", formName) };
        return await browser.PostAsync(url, new FormUrlEncodedContent(values));
    }

    private static string VersionOf(string html) => Regex.Match(html, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;

    [GeneratedRegex("href=\"clients/([0-9a-f-]{36})\"")]
    private static partial Regex ClientLink();
}

public sealed class ClientPagesTests_Sqlite(SqliteFactory factory) : ClientPagesTests<SqliteFactory>(factory);

public sealed class ClientPagesTests_Postgres(PostgresFactory factory) : ClientPagesTests<PostgresFactory>(factory);
