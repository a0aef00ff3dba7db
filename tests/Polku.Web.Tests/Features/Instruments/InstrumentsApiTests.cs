using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Instruments;

public abstract class InstrumentsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    private static readonly string[] AllRaters = ["Client", "Worker", "Provider"];

    [Theory]
    [InlineData("demo.sw")]
    [InlineData("demo.provider")]
    [InlineData("demo.registrar")]
    public async Task Every_employee_sees_the_seeded_instruments_and_licensed_ones_only_as_links(string userName)
    {
        using var api = await factory.ApiAsync(userName);
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/instruments");
        var byKey = list.EnumerateArray().ToDictionary(i => i.GetProperty("key").GetString()!);
        var wheel = byKey[InstrumentSeed.LifeSituationWheel];
        Assert.Equal("Life-situation wheel", wheel.GetProperty("name").GetProperty("en").GetString());
        Assert.Equal(["housing", "finances", "health", "substance-use", "mental-wellbeing", "relationships", "everyday-skills", "work-study", "leisure-participation"],
            wheel.GetProperty("domains").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.All(wheel.GetProperty("domains").EnumerateArray(), d => Assert.Equal((1, 10), (d.GetProperty("min").GetInt32(), d.GetProperty("max").GetInt32())));
        Assert.Equal(["Client", "Worker"], wheel.GetProperty("raters").EnumerateArray().Select(r => r.GetString()));
        var participation = byKey[InstrumentSeed.ParticipationSelfAssessment];
        Assert.Equal(5, participation.GetProperty("domains").GetArrayLength());
        Assert.Equal(5, participation.GetProperty("domains")[0].GetProperty("labels").GetArrayLength());
        Assert.Equal(["Client"], participation.GetProperty("raters").EnumerateArray().Select(r => r.GetString()));
        foreach (var key in new[] { InstrumentSeed.Kykyviisari, InstrumentSeed.OutcomesStar, InstrumentSeed.SoskuTutka })
        {
            Assert.True(byKey[key].GetProperty("external").GetBoolean());
            Assert.Equal(0, byKey[key].GetProperty("domains").GetArrayLength());
            Assert.StartsWith("https://", byKey[key].GetProperty("link").GetString(), StringComparison.Ordinal);
        }

        var one = await api.GetFromJsonAsync<JsonElement>($"/api/v1/instruments/{wheel.GetProperty("id").GetGuid()}");
        Assert.Equal(1, one.GetProperty("versionNumber").GetInt32());
        Assert.True(one.GetProperty("national").GetBoolean());
    }

    [Fact]
    public async Task Only_an_administrator_defines_instruments()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        using var refused = await worker.PostAsJsonAsync("/api/v1/instruments", Definition("worker-made"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var admin = await factory.ApiAsync("demo.admin");
        var created = await admin.PostJsonAsync("/api/v1/instruments", Definition("admin-made"), HttpStatusCode.Created);
        Assert.Equal(1, created.GetProperty("versionNumber").GetInt32());
        Assert.False(created.GetProperty("national").GetBoolean());
        await admin.PostJsonAsync("/api/v1/instruments", Definition("admin-made"), HttpStatusCode.BadRequest);

        // Another organisation does not see it.
        using var other = await factory.ApiAsync("espoo.sw");
        Assert.DoesNotContain("admin-made", await other.GetStringAsync("/api/v1/instruments"), StringComparison.Ordinal);
        using var hidden = await other.GetAsync($"/api/v1/instruments/{created.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task An_unused_version_is_edited_in_place_and_one_in_use_becomes_a_new_version_that_leaves_the_old_as_it_was()
    {
        using var admin = await factory.ApiAsync("demo.admin");
        var created = await admin.PostJsonAsync("/api/v1/instruments", Definition("versioned", "Arki"), HttpStatusCode.Created);
        var v1 = created.GetProperty("id").GetGuid();

        // Unused: changed where it stands.
        var edited = await admin.PutJsonAsync($"/api/v1/instruments/{v1}", Definition("versioned", "Arki ja asuminen", version: created.GetProperty("version").GetInt32()), HttpStatusCode.OK);
        Assert.Equal(v1, edited.GetProperty("id").GetGuid());
        Assert.Equal(1, edited.GetProperty("versionNumber").GetInt32());
        Assert.Equal("Arki ja asuminen", edited.GetProperty("name").GetProperty("fi").GetString());

        // A stale edit is refused.
        await admin.PutJsonAsync($"/api/v1/instruments/{v1}", Definition("versioned", "Vanha", version: created.GetProperty("version").GetInt32()), HttpStatusCode.Conflict);

        // In use: a measurement is scored on version 1.
        using var worker = await factory.ApiAsync("demo.sw");
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").BuildAsync();
        var measurement = await worker.PostJsonAsync($"/api/v1/clients/{clientId}/measurements",
            new { instrumentId = v1, stage = "Initial", rater = "Client", measuredOn = "2026-11-02", scores = new { daily = 2, home = 3 } }, HttpStatusCode.Created);

        var next = await admin.PutJsonAsync($"/api/v1/instruments/{v1}",
            Definition("versioned", "Arki, asuminen ja raha", version: edited.GetProperty("version").GetInt32(), extraDomain: true), HttpStatusCode.Created);
        var v2 = next.GetProperty("id").GetGuid();
        Assert.NotEqual(v1, v2);
        Assert.Equal(2, next.GetProperty("versionNumber").GetInt32());
        Assert.Equal("versioned", next.GetProperty("key").GetString());

        // Version 1 is unchanged and readable, no longer the latest; the list offers version 2.
        var old = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/instruments/{v1}");
        Assert.Equal("Arki ja asuminen", old.GetProperty("name").GetProperty("fi").GetString());
        Assert.Equal(2, old.GetProperty("domains").GetArrayLength());
        Assert.False(old.GetProperty("latest").GetBoolean());
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/instruments");
        var listed = Assert.Single(list.EnumerateArray(), i => i.GetProperty("key").GetString() == "versioned");
        Assert.Equal(v2, listed.GetProperty("id").GetGuid());
        Assert.Equal(3, listed.GetProperty("domains").GetArrayLength());

        // The measurement still points to version 1 and is read in one series with version 2's.
        await worker.PostJsonAsync($"/api/v1/clients/{clientId}/measurements",
            new { instrumentId = v2, stage = "FollowUp", rater = "Client", measuredOn = "2026-11-20", scores = new { daily = 4, home = 3, money = 2 } }, HttpStatusCode.Created);
        var series = (await worker.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}/measurements?instrumentId={v1}")).GetProperty("series");
        var measurements = Assert.Single(series.EnumerateArray()).GetProperty("measurements");
        Assert.Equal([v1, v2], measurements.EnumerateArray().Select(m => m.GetProperty("instrumentId").GetGuid()));
        Assert.Equal(measurement.GetProperty("id").GetGuid(), measurements[0].GetProperty("id").GetGuid());
        Assert.Equal(2, measurements[1].GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("domain").GetString() == "daily").GetProperty("change").GetInt32());

        // Editing the old version is refused: only the latest is edited.
        await admin.PutJsonAsync($"/api/v1/instruments/{v1}", Definition("versioned", "Ohi", version: old.GetProperty("version").GetInt32()), HttpStatusCode.Conflict);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        Assert.Equal(2, await db.Instruments.CountAsync(i => i.Key == "versioned"));
        Assert.Equal(v1, await db.Measurements.Where(m => m.Id == measurement.GetProperty("id").GetGuid()).Select(m => m.InstrumentId).SingleAsync());
    }

    [Fact]
    public async Task Editing_a_national_default_gives_the_organisation_its_own_version_and_leaves_the_others_alone()
    {
        using var admin = await factory.ApiAsync("vantaa.admin");
        var national = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/instruments")).EnumerateArray()
            .Single(i => i.GetProperty("key").GetString() == InstrumentSeed.SoskuTutka);
        var own = await admin.PutJsonAsync($"/api/v1/instruments/{national.GetProperty("id").GetGuid()}", new
        {
            name = new { fi = "SOSKU-Tutka (Vantaa)", sv = "SOSKU-Tutka (Vanda)", en = "SOSKU-Tutka (Vantaa)" },
            external = true,
            link = "https://example.org/sosku-tutka",
            raters = AllRaters,
            version = national.GetProperty("version").GetInt32(),
        }, HttpStatusCode.Created);
        Assert.Equal(2, own.GetProperty("versionNumber").GetInt32());
        Assert.False(own.GetProperty("national").GetBoolean());
        Assert.Contains("SOSKU-Tutka (Vantaa)", await admin.GetStringAsync("/api/v1/instruments"), StringComparison.Ordinal);

        using var espoo = await factory.ApiAsync("espoo.sw");
        var theirs = (await espoo.GetFromJsonAsync<JsonElement>("/api/v1/instruments")).EnumerateArray()
            .Single(i => i.GetProperty("key").GetString() == InstrumentSeed.SoskuTutka);
        Assert.Equal(national.GetProperty("id").GetGuid(), theirs.GetProperty("id").GetGuid());
        Assert.Equal("SOSKU-Tutka", theirs.GetProperty("name").GetProperty("fi").GetString());
    }

    [Fact]
    public async Task A_definition_that_cannot_be_scored_is_refused_field_by_field()
    {
        using var admin = await factory.ApiAsync("demo.admin");
        using var response = await admin.PostAsJsonAsync("/api/v1/instruments", new
        {
            key = "Bad Key",
            name = new { fi = "", sv = "Namn", en = "Name" },
            external = false,
            raters = Array.Empty<string>(),
            domains = new object[]
            {
                new { code = "a", name = new { fi = "A", sv = "A", en = "A" }, min = 5, max = 1 },
                new { code = "a", name = new { fi = "B", sv = "B", en = "B" }, min = 1, max = 5, labels = new[] { new { value = 9, label = new { fi = "x", sv = "x", en = "x" } } } },
            },
        });
        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        foreach (var field in new[] { "key", "name.fi", "raters", "domains[0].max", "domains[1].code" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        Assert.Equal("Choose at least one rater.", errors.GetProperty("raters")[0].GetString());
    }

    [Fact]
    public async Task The_administration_page_lists_the_instruments_and_saves_an_edit_of_a_used_version_as_a_new_one()
    {
        using var admin = await factory.ApiAsync("demo.admin");
        var created = await admin.PostJsonAsync("/api/v1/instruments", Definition("page-edited", "Sivulla"), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        using var worker = await factory.ApiAsync("demo.sw");
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").BuildAsync();
        await worker.PostJsonAsync($"/api/v1/clients/{clientId}/measurements",
            new { instrumentId = id, stage = "Initial", rater = "Worker", measuredOn = "2026-11-02", scores = new { daily = 2, home = 3 } }, HttpStatusCode.Created);

        using var browser = await factory.SignedInBrowserAsync("demo.admin", "en");
        var list = TestClients.Text(await browser.GetStringAsync("/configuration/instruments"));
        Assert.Contains("Life-situation wheel", list);
        Assert.Contains("Kykyviisari", list);
        var url = $"/configuration/instruments?id={id}";
        var form = TestClients.Text(await browser.GetStringAsync(url));
        Assert.Contains("value=\"Sivulla\"", form);

        var fields = new Dictionary<string, string>
        {
            ["Input.Id"] = id.ToString(), ["Input.Version"] = created.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Fi"] = "Sivulla muokattu", ["Input.Sv"] = "Sida", ["Input.En"] = "Page", ["raters"] = "Worker", ["Input.Active"] = "true",
            ["Input.Domains[0].Code"] = "daily", ["Input.Domains[0].Fi"] = "Arki", ["Input.Domains[0].Sv"] = "Vardag", ["Input.Domains[0].En"] = "Daily life",
            ["Input.Domains[0].Min"] = "1", ["Input.Domains[0].Max"] = "5", ["Input.Domains[0].Labels"] = "1 | Heikko | Svag | Weak\n5 | Hyvä | Bra | Good",
            ["Input.Domains[1].Code"] = "home", ["Input.Domains[1].Fi"] = "Koti", ["Input.Domains[1].Sv"] = "Hem", ["Input.Domains[1].En"] = "Home",
            ["Input.Domains[1].Min"] = "1", ["Input.Domains[1].Max"] = "99",
        };
        using var refused = await browser.SubmitFormAsync(url, "instrument", fields);
        var refusedHtml = TestClients.Text(await refused.Content.ReadAsStringAsync());
        Assert.Contains("with at most 21 steps", refusedHtml);
        Assert.Contains("value=\"Sivulla muokattu\"", refusedHtml);

        fields["Input.Domains[1].Max"] = "5";
        using var saved = await browser.SubmitFormAsync(url, "instrument", fields);
        var savedHtml = TestClients.Text(await saved.Content.ReadAsStringAsync());
        Assert.Contains("Saved as version 2.", savedHtml);
        var latest = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/instruments")).EnumerateArray().Single(i => i.GetProperty("key").GetString() == "page-edited");
        Assert.Equal(2, latest.GetProperty("versionNumber").GetInt32());
        Assert.Equal("Good", latest.GetProperty("domains")[0].GetProperty("labels")[1].GetProperty("label").GetProperty("en").GetString());
        Assert.Equal("Sivulla", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/instruments/{id}")).GetProperty("name").GetProperty("fi").GetString());
    }

    /// <summary>An open instrument of two domains on 1–5 (three with <paramref name="extraDomain"/>), rated by client or worker.</summary>
    internal static object Definition(string key, string fi = "Oma mittari", int version = 0, bool extraDomain = false) => new
    {
        key,
        name = new { fi, sv = "Egen mätare", en = "Own instrument" },
        external = false,
        raters = new[] { "Client", "Worker" },
        domains = new object[]
        {
            new { code = "daily", name = new { fi = "Arki", sv = "Vardag", en = "Daily life" }, min = 1, max = 5, labels = new[] { new { value = 1, label = new { fi = "Heikko", sv = "Svag", en = "Weak" } } } },
            new { code = "home", name = new { fi = "Koti", sv = "Hem", en = "Home" }, min = 1, max = 5 },
        }.Concat(extraDomain ? [new { code = "money", name = new { fi = "Raha", sv = "Pengar", en = "Money" }, min = 1, max = 5 }] : Array.Empty<object>()).ToArray(),
        active = true,
        version,
    };
}

public sealed class InstrumentsApiTests_Sqlite(SqliteFactory factory) : InstrumentsApiTests<SqliteFactory>(factory);

public sealed class InstrumentsApiTests_Postgres(PostgresFactory factory) : InstrumentsApiTests<PostgresFactory>(factory);
