using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Access;
using Polku.Domain.Audit;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Measurements;

public abstract partial class MeasurementsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    private static readonly string[] WheelDomains =
        ["housing", "finances", "health", "substance-use", "mental-wellbeing", "relationships", "everyday-skills", "work-study", "leisure-participation"];

    [Fact]
    public async Task A_series_reads_each_domains_change_from_the_same_raters_initial_measurement()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").BuildAsync();
        var wheel = await InstrumentIdAsync(api, InstrumentSeed.LifeSituationWheel);
        await Record(api, clientId, wheel, "Initial", "Client", "2026-06-01", Wheel(3));
        await Record(api, clientId, wheel, "Initial", "Worker", "2026-06-02", Wheel(4));
        await Record(api, clientId, wheel, "FollowUp", "Client", "2026-09-01", Wheel(5, housing: 8));
        var latest = await Record(api, clientId, wheel, "Final", "Client", "2026-11-20", Wheel(6, housing: 9));
        Assert.Equal(6, Score(latest, "finances").GetProperty("value").GetInt32());
        Assert.Equal(3, Score(latest, "finances").GetProperty("change").GetInt32());

        var view = await api.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}/measurements?instrumentId={wheel}");
        var series = Assert.Single(view.GetProperty("series").EnumerateArray());
        Assert.Equal(InstrumentSeed.LifeSituationWheel, series.GetProperty("instrumentKey").GetString());
        Assert.Equal(WheelDomains, series.GetProperty("domains").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        var measurements = series.GetProperty("measurements").EnumerateArray().ToList();
        Assert.Equal(["2026-06-01", "2026-06-02", "2026-09-01", "2026-11-20"], measurements.Select(m => m.GetProperty("measuredOn").GetString()));
        // The initial ones have no change; the client's later ones are read against the client's initial, not the worker's.
        Assert.All(measurements.Take(2), m => Assert.All(m.GetProperty("scores").EnumerateArray(), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("change").ValueKind)));
        Assert.Equal(5, Score(measurements[2], "housing").GetProperty("change").GetInt32());
        Assert.Equal(2, Score(measurements[2], "health").GetProperty("change").GetInt32());
        Assert.Equal(6, Score(measurements[3], "housing").GetProperty("change").GetInt32());
        Assert.Equal(measurements[0].GetProperty("id").GetGuid(), measurements[3].GetProperty("baselineId").GetGuid());

        // Without the filter every instrument's series comes back.
        var participation = await InstrumentIdAsync(api, InstrumentSeed.ParticipationSelfAssessment);
        await Record(api, clientId, participation, "Initial", "Client", "2026-06-01", new Dictionary<string, int> { ["belonging"] = 2, ["influence"] = 3, ["meaningful-activity"] = 1, ["support"] = 4, ["future"] = 2 });
        var all = await api.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}/measurements");
        Assert.Equal(2, all.GetProperty("series").GetArrayLength());
    }

    [Fact]
    public async Task A_score_outside_the_scale_an_unknown_or_missing_domain_and_a_rater_not_allowed_are_refused_by_field()
    {
        using var api = await factory.ApiAsync("demo.sw", "en");
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").BuildAsync();
        var participation = await InstrumentIdAsync(api, InstrumentSeed.ParticipationSelfAssessment);
        using var response = await api.PostAsJsonAsync($"/api/v1/clients/{clientId}/measurements", new
        {
            instrumentId = participation, stage = "Initial", rater = "Worker", measuredOn = "2026-11-20",
            scores = new Dictionary<string, int> { ["belonging"] = 6, ["influence"] = 0, ["meaningful-activity"] = 3, ["support"] = 3, ["self-esteem"] = 4 },
        });
        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("The score for \u201cI feel I belong to a community\u201d must be from 1 to 5.", errors.GetProperty("scores.belonging")[0].GetString());
        Assert.Equal("The score for \u201cI can influence my own affairs\u201d must be from 1 to 5.", errors.GetProperty("scores.influence")[0].GetString());
        Assert.Equal("The instrument has no area \u201cself-esteem\u201d.", errors.GetProperty("scores.self-esteem")[0].GetString());
        Assert.Equal("Give a score for \u201cI feel hopeful about my future\u201d.", errors.GetProperty("scores.future")[0].GetString());
        Assert.Equal("This instrument is rated by: Client self.", errors.GetProperty("rater")[0].GetString());
        Assert.False(errors.TryGetProperty("scores.support", out _));

        // In Finnish too, and a date in the future or before 1900 is refused.
        using var finnish = await factory.ApiAsync("demo.sw", "fi");
        using var dated = await finnish.PostAsJsonAsync($"/api/v1/clients/{clientId}/measurements", new
        {
            instrumentId = participation, stage = "Initial", rater = "Client", measuredOn = "2026-11-24", scores = new Dictionary<string, int> { ["belonging"] = 9 },
        });
        var finnishErrors = (await dated.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(finnishErrors.TryGetProperty("measuredOn", out _));
        Assert.Equal("Osa-alueen \u201dKoen kuuluvani johonkin yhteisöön\u201d pisteiden on oltava välillä 1–5.", finnishErrors.GetProperty("scores.belonging")[0].GetString());
        using var early = await api.PostAsJsonAsync($"/api/v1/clients/{clientId}/measurements", new { instrumentId = participation, stage = "Initial", rater = "Client", measuredOn = "1899-12-31" });
        Assert.True((await early.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("measuredOn", out _));

        using var scope = factory.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().Measurements.AnyAsync(m => m.ClientId == clientId));
    }

    [Fact]
    public async Task An_external_instrument_records_the_overall_result_and_a_link_never_its_questions()
    {
        using var api = await factory.ApiAsync("demo.sw", "en");
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").BuildAsync();
        var kykyviisari = await InstrumentIdAsync(api, InstrumentSeed.Kykyviisari);
        using var missing = await api.PostAsJsonAsync($"/api/v1/clients/{clientId}/measurements",
            new { instrumentId = kykyviisari, stage = "Initial", rater = "Client", measuredOn = "2026-11-02", scores = new { question1 = 3 } });
        var errors = (await missing.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("Record the instrument's overall result.", errors.GetProperty("result")[0].GetString());
        Assert.True(errors.TryGetProperty("scores.question1", out _));

        var saved = await api.PostJsonAsync($"/api/v1/clients/{clientId}/measurements",
            new { instrumentId = kykyviisari, stage = "Initial", rater = "Client", measuredOn = "2026-11-02", result = "Työkyky 6/10", link = "https://example.org/result/1" }, HttpStatusCode.Created);
        Assert.Equal("Työkyky 6/10", saved.GetProperty("result").GetString());
        Assert.Equal("https://example.org/result/1", saved.GetProperty("link").GetString());
        Assert.Equal(0, saved.GetProperty("scores").GetArrayLength());

        using var browser = await factory.SignedInBrowserAsync("demo.sw", "en");
        var page = TestClients.Text(await browser.GetStringAsync($"/clients/{clientId}/measurements"));
        Assert.Matches(@"<th scope=""row"">2.11.2026</th>\s*<td>Initial</td>\s*<td>Client self</td>\s*<td>Työkyky 6/10</td>", page);
        Assert.Contains("href=\"https://example.org/result/1\"", page);
    }

    [Fact]
    public async Task Every_read_and_write_is_audited_and_the_measurement_is_on_the_timeline()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").BuildAsync();
        var wheel = await InstrumentIdAsync(api, InstrumentSeed.LifeSituationWheel);
        await Record(api, clientId, wheel, "Initial", "Worker", "2026-11-02", Wheel(5));
        await api.GetStringAsync($"/api/v1/clients/{clientId}/measurements");
        var timeline = await api.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}/timeline");
        var item = Assert.Single(timeline.EnumerateArray(), i => i.GetProperty("kind").GetString() == "Measurement");
        Assert.Equal("Measurement: Life-situation wheel (Initial, Worker)", item.GetProperty("title").GetString());

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var userId = await factory.UserIdAsync("demo.sw");
        var actions = await db.AuditEvents.AsNoTracking().Where(e => e.UserId == userId && e.Subjects.Any(s => s.PersonId == clientId))
            .Select(e => new { e.Action, e.Outcome }).ToListAsync();
        Assert.Contains(new { Action = Actions.MeasurementWrite, Outcome = AuditOutcome.Success }, actions);
        Assert.Contains(new { Action = Actions.MeasurementRead, Outcome = AuditOutcome.Success }, actions);
    }

    [Fact]
    public async Task A_hidden_client_answers_403_and_another_organisations_client_404()
    {
        using var vantaa = await factory.ApiAsync("vantaa.sw");
        var hidden = await factory.Client(DemoRegions.VantaaCode).InTeamOf("vantaa.sw2").BuildAsync();
        var wheel = await InstrumentIdAsync(vantaa, InstrumentSeed.LifeSituationWheel);
        using var read = await vantaa.GetAsync($"/api/v1/clients/{hidden}/measurements");
        Assert.True((await read.AssertProblemAsync(HttpStatusCode.Forbidden)).GetProperty("mayStateReason").GetBoolean());
        using var write = await vantaa.PostAsJsonAsync($"/api/v1/clients/{hidden}/measurements",
            new { instrumentId = wheel, stage = "Initial", rater = "Client", measuredOn = "2026-11-02", scores = Wheel(5) });
        await write.AssertProblemAsync(HttpStatusCode.Forbidden);

        var espoo = await factory.Client(DemoRegions.EspooCode).InTeamOf("espoo.sw").BuildAsync();
        using var other = await vantaa.GetAsync($"/api/v1/clients/{espoo}/measurements");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        using var otherWrite = await vantaa.PostAsJsonAsync($"/api/v1/clients/{espoo}/measurements",
            new { instrumentId = wheel, stage = "Initial", rater = "Client", measuredOn = "2026-11-02", scores = Wheel(5) });
        Assert.Equal(HttpStatusCode.NotFound, otherWrite.StatusCode);

        // A lead reads but does not record.
        using var lead = await factory.ApiAsync("demo.lead");
        var client = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.lead").BuildAsync();
        using var leadRead = await lead.GetAsync($"/api/v1/clients/{client}/measurements");
        Assert.Equal(HttpStatusCode.OK, leadRead.StatusCode);
        using var leadWrite = await lead.PostAsJsonAsync($"/api/v1/clients/{client}/measurements",
            new { instrumentId = wheel, stage = "Initial", rater = "Client", measuredOn = "2026-11-02", scores = Wheel(5) });
        Assert.Equal(HttpStatusCode.Forbidden, leadWrite.StatusCode);

        using var scope = factory.Services.CreateScope();
        var userId = await factory.UserIdAsync("vantaa.sw");
        Assert.True(await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().AuditEvents.AnyAsync(e =>
            e.UserId == userId && e.Outcome == AuditOutcome.Denied && e.Action == Actions.MeasurementRead && e.Subjects.Any(s => s.PersonId == hidden)));
    }

    [Fact]
    public async Task The_page_shows_a_radar_and_a_trend_as_svg_with_tables_of_the_same_numbers()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").WithResponsibleWorker("demo.sw").BuildAsync();
        var wheel = await InstrumentIdAsync(api, InstrumentSeed.LifeSituationWheel);
        await Record(api, clientId, wheel, "Initial", "Client", "2026-06-01", Wheel(3, housing: 2));
        await Record(api, clientId, wheel, "FollowUp", "Client", "2026-11-20", Wheel(6, housing: 7));
        await Record(api, clientId, wheel, "Initial", "Worker", "2026-06-02", Wheel(4));

        using var browser = await factory.SignedInBrowserAsync("demo.sw", "fi");
        var html = TestClients.Text(await browser.GetStringAsync($"/clients/{clientId}/measurements"));
        Assert.Contains("<h2 id=\"instrument-life-situation-wheel\">Elämäntilannekehä</h2>", html);
        var radar = Figure(html, "radar-life-situation-wheel-Client");
        Assert.Matches("<svg role=\"img\" aria-labelledby=\"radar-life-situation-wheel-Client-title radar-life-situation-wheel-Client-desc\"", radar);
        Assert.Contains("<title id=\"radar-life-situation-wheel-Client-title\">", radar);
        Assert.Contains("<desc id=\"radar-life-situation-wheel-Client-desc\">", radar);
        Assert.Contains("<figcaption", radar);
        Assert.Contains("<caption id=\"radar-life-situation-wheel-Client-table-caption\">Elämäntilannekehä, arvioija Asiakas itse: alkumittaus ja viimeisin</caption>", radar);
        // The table holds the same numbers: initial, latest and the change per domain.
        Assert.Matches(@"<th scope=""row"">Asuminen</th>\s*<td>2</td>\s*<td>7</td>\s*<td>\+5</td>", radar);
        Assert.Matches(@"<th scope=""row"">Terveys</th>\s*<td>3</td>\s*<td>6</td>\s*<td>\+3</td>", radar);
        Assert.Contains("<th scope=\"col\">Alkumittaus 1.6.2026</th>", radar);
        Assert.Contains("<th scope=\"col\">Viimeisin 20.11.2026</th>", radar);
        // Nine axes, two polygons told apart by dash pattern, not colour alone.
        Assert.Equal(2, Regex.Count(radar, "<polygon fill=\"#"));
        Assert.Contains("stroke-dasharray=\"8 4\"", radar);
        Assert.Contains("class=\"chart-legend\"", radar);

        var trend = Figure(html, "trend-life-situation-wheel-Client");
        Assert.Contains("<svg role=\"img\"", trend);
        Assert.Matches(@"<th scope=""row"">1.6.2026</th>\s*<td>2</td>\s*<td>3</td>", trend);
        Assert.Matches(@"<th scope=""row"">20.11.2026</th>\s*<td>7</td>\s*<td>6</td>", trend);
        Assert.Equal(9, Regex.Count(trend, "<polyline "));
        // Coordinates are written without any culture's decimal comma.
        Assert.DoesNotMatch(@"points=""[^""]*\d,\d+,\d", trend);

        // Two raters: their latest side by side, the 360° view.
        Assert.Contains("id=\"radar-life-situation-wheel-raters\"", html);

        // The client page shows the latest measurement with a link, and the form offers the scale with its labels.
        var clientPage = TestClients.Text(await browser.GetStringAsync($"/clients/{clientId}"));
        Assert.Contains($"href=\"clients/{clientId}/measurements#instrument-life-situation-wheel\"", clientPage);
        Assert.Contains("viimeksi 20.11.2026, Seurantamittaus, arvioija: Asiakas itse", clientPage);
        var form = TestClients.Text(await browser.GetStringAsync($"/clients/{clientId}/measurements/new?instrument={wheel}"));
        Assert.Contains("1 – Tilanne on hyvin vaikea", form);
        Assert.Contains("10 – Tilanne on hyvä", form);
        Assert.Contains("value=\"FollowUp\" checked", form);
    }

    [Fact]
    public async Task The_form_keeps_what_was_typed_on_an_error_and_saves_a_sound_measurement()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").BuildAsync();
        var participation = await InstrumentIdAsync(api, InstrumentSeed.ParticipationSelfAssessment);
        using var browser = await factory.SignedInBrowserAsync("demo.sw", "en");
        var url = $"/clients/{clientId}/measurements/new?instrument={participation}";
        var fields = new Dictionary<string, string>
        {
            ["Input.InstrumentId"] = participation.ToString(), ["Input.Stage"] = "Initial", ["Input.Rater"] = "Client", ["Input.MeasuredOn"] = "2.11.2026",
            ["score-belonging"] = "4", ["score-influence"] = "2", ["score-meaningful-activity"] = "5", ["score-support"] = "3",
        };
        using var refused = await browser.SubmitFormAsync(url, "measurement", fields);
        var html = TestClients.Text(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Give a score for \u201cI feel hopeful about my future\u201d.", html);
        Assert.Contains("href=\"clients/" + clientId + "/measurements/new?instrument=" + participation + "#scores.future\"", html);
        Assert.Matches("name=\"score-belonging\" value=\"4\" checked", html);
        Assert.Matches("name=\"score-meaningful-activity\" value=\"5\" checked", html);
        Assert.Contains("value=\"2.11.2026\"", html);

        fields["score-future"] = "1";
        using var saved = await browser.SubmitFormAsync(url, "measurement", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = TestClients.Text(await browser.GetStringAsync(saved.Headers.Location!.OriginalString));
        Assert.Contains("The measurement is saved.", page);
        Assert.Contains("Participation self-assessment", page);
    }

    private static async Task<Guid> InstrumentIdAsync(HttpClient api, string key) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/v1/instruments")).EnumerateArray()
            .Single(i => i.GetProperty("key").GetString() == key).GetProperty("id").GetGuid();

    private static Task<JsonElement> Record(HttpClient api, Guid clientId, Guid instrumentId, string stage, string rater, string on, Dictionary<string, int> scores) =>
        api.PostJsonAsync($"/api/v1/clients/{clientId}/measurements", new { instrumentId, stage, rater, measuredOn = on, scores }, HttpStatusCode.Created);

    private static Dictionary<string, int> Wheel(int score, int? housing = null) =>
        WheelDomains.ToDictionary(d => d, d => d == "housing" && housing is { } h ? h : score);

    private static JsonElement Score(JsonElement measurement, string domain) =>
        measurement.GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("domain").GetString() == domain);

    private static string Figure(string html, string id)
    {
        var start = html.IndexOf($"<figure class=\"chart\" id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No figure {id}");
        return html[start..(html.IndexOf("</figure>", start, StringComparison.Ordinal) + 9)];
    }
}

public sealed class MeasurementsApiTests_Sqlite(SqliteFactory factory) : MeasurementsApiTests<SqliteFactory>(factory);

public sealed class MeasurementsApiTests_Postgres(PostgresFactory factory) : MeasurementsApiTests<PostgresFactory>(factory);
