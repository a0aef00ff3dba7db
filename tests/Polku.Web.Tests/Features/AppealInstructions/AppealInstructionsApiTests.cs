using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.AppealInstructions;

/// <summary>
/// An organisation's appeal instructions are versioned texts an administrator writes: a save is the next version and
/// never changes an old one (a signed decision names the version it was printed with); any employee reads them.
/// </summary>
public abstract class AppealInstructionsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    private static readonly string[] TextFields = ["authority", "howToRequest", "requestContents", "contactDetails"];

    [Theory]
    [InlineData("demo.sw")]
    [InlineData("demo.registrar")]
    [InlineData("demo.admin")]
    public async Task Every_employee_reads_the_current_instructions_in_finnish_and_swedish(string userName)
    {
        using var api = await factory.ApiAsync(userName);
        var current = await api.GetFromJsonAsync<JsonElement>("/api/v1/appeal-instructions");

        Assert.True(current.GetProperty("version").GetInt32() >= 1);
        Assert.StartsWith("Vaasan kaupungin sosiaali- ja terveyslautakunnan", current.GetProperty("fi").GetProperty("authority").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Vasa stads social- och hälsovårdsnämnds", current.GetProperty("sv").GetProperty("authority").GetString(), StringComparison.Ordinal);
        Assert.Contains("49 e §", current.GetProperty("fi").GetProperty("requestContents").GetString(), StringComparison.Ordinal);
        Assert.True(current.GetProperty("swedishComplete").GetBoolean());
    }

    [Fact]
    public async Task Saving_adds_the_next_version_and_leaves_the_one_before_exactly_as_it_was()
    {
        using var admin = await factory.ApiAsync("vantaa.admin");
        var before = await admin.GetFromJsonAsync<JsonElement>("/api/v1/appeal-instructions");
        var version = before.GetProperty("version").GetInt32();
        var oldFinnish = before.GetProperty("fi");

        var saved = await admin.PutJsonAsync("/api/v1/appeal-instructions", Input(version, "Vantaan yksilöasiainjaosto\r\nPL 1100, 01030 Vantaan kaupunki"), HttpStatusCode.OK);

        Assert.Equal(version + 1, saved.GetProperty("version").GetInt32());
        Assert.Equal("Vantaan yksilöasiainjaosto\nPL 1100, 01030 Vantaan kaupunki", saved.GetProperty("fi").GetProperty("authority").GetString());
        Assert.Equal("Jukka Vainio", saved.GetProperty("createdBy").GetString());
        Assert.False(saved.GetProperty("swedishComplete").GetBoolean());
        var current = await admin.GetFromJsonAsync<JsonElement>("/api/v1/appeal-instructions");
        Assert.Equal(version + 1, current.GetProperty("version").GetInt32());

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var vantaa = await db.Organisations.Where(o => o.Code == DemoRegions.VantaaCode).Select(o => o.Id).SingleAsync();
        var versions = await db.AppealInstructions.AsNoTracking().Where(a => a.OrganisationId == vantaa).OrderBy(a => a.Version).ToListAsync();
        Assert.Equal(Enumerable.Range(1, version + 1), versions.Select(v => v.Version));
        var previous = versions.Single(v => v.Version == version);
        Assert.Equal(
            TextFields.Select(p => oldFinnish.GetProperty(p).GetString()!),
            new[] { previous.Finnish.Authority, previous.Finnish.HowToRequest, previous.Finnish.RequestContents, previous.Finnish.ContactDetails });
        Assert.Equal(DemoAppealInstructions.Swedish(DemoRegions.VantaaCode), versions[0].Swedish);

        // Saving again against the version read before is refused: someone saved meanwhile.
        using var stale = await admin.PutAsJsonAsync("/api/v1/appeal-instructions", Input(version, "Vanha"));
        await stale.AssertProblemAsync(HttpStatusCode.Conflict);

        // Another organisation's instructions are its own.
        using var vaasa = await factory.ApiAsync("demo.sw");
        Assert.StartsWith("Vaasan", (await vaasa.GetFromJsonAsync<JsonElement>("/api/v1/appeal-instructions")).GetProperty("fi").GetProperty("authority").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo.sw")]
    [InlineData("demo.lead")]
    [InlineData("demo.registrar")]
    public async Task Only_an_administrator_saves_them(string userName)
    {
        using var api = await factory.ApiAsync(userName);
        using var refused = await api.PutAsJsonAsync("/api/v1/appeal-instructions", Input(1, "Jaosto"));
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_finnish_texts_are_required_and_every_text_has_a_limit()
    {
        using var admin = await factory.ApiAsync("demo.admin", "en");
        var input = new
        {
            fi = new { authority = "  ", howToRequest = "Kirjallisesti.", requestContents = "Päätös, vaatimus, perusteet.", contactDetails = new string('x', 4001) },
            sv = new { authority = "Sektionen\u202E", howToRequest = "", requestContents = "", contactDetails = "" },
            version = 1,
        };

        using var response = await admin.PutAsJsonAsync("/api/v1/appeal-instructions", input);

        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("Required.", errors.GetProperty("fi.authority")[0].GetString());
        Assert.True(errors.TryGetProperty("fi.contactDetails", out _));
        Assert.True(errors.TryGetProperty("sv.authority", out _));
        Assert.False(errors.TryGetProperty("sv.howToRequest", out _));
        Assert.False(errors.TryGetProperty("fi.howToRequest", out _));
    }

    [Fact]
    public async Task An_organisation_without_instructions_has_none_to_read()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        Assert.False(await db.AppealInstructions.AnyAsync(a => db.Organisations.Any(o => o.Id == a.OrganisationId && o.Code == "pspy")));

        using var provider = await factory.ApiAsync("demo.provider");
        using var response = await provider.GetAsync("/api/v1/appeal-instructions");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_administration_page_shows_the_version_side_by_side_and_saves_a_new_one()
    {
        using var browser = await factory.SignedInBrowserAsync("vantaa.admin", "en");
        var url = "/configuration/appeal-instructions";
        var page = TestClients.Text(await browser.GetStringAsync(url));
        Assert.Contains("<h1>Appeal instructions</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Current version ", page, StringComparison.Ordinal);
        Assert.Contains("id=\"fi.authority\" name=\"Input.FiAuthority\" lang=\"fi\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"sv.authority\" name=\"Input.SvAuthority\" lang=\"sv\"", page, StringComparison.Ordinal);
        Assert.Contains(">Vanda stads social- och hälsovårdsnämnds sektion för individärenden", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"fi.authority\">In Finnish", page, StringComparison.Ordinal);
        Assert.Contains("configuration/appeal-instructions", TestClients.Text(await browser.GetStringAsync("/configuration")), StringComparison.Ordinal);

        using var admin = await factory.ApiAsync("vantaa.admin");
        var version = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/appeal-instructions")).GetProperty("version").GetInt32();
        var fields = new Dictionary<string, string>
        {
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
            ["Input.FiAuthority"] = "", ["Input.FiHowToRequest"] = "Kirjallisesti.", ["Input.FiRequestContents"] = "Päätös, vaatimus, perusteet, yhteystiedot, allekirjoitus.",
            ["Input.FiContactDetails"] = "Vantaan kaupunki", ["Input.SvAuthority"] = "", ["Input.SvHowToRequest"] = "", ["Input.SvRequestContents"] = "", ["Input.SvContactDetails"] = "",
        };
        using var refused = await browser.SubmitFormAsync(url, "appeal-instructions", fields);
        var refusedHtml = TestClients.Text(await refused.Content.ReadAsStringAsync());
        Assert.Contains("To whom the request is made, In Finnish: Required.", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", refusedHtml, StringComparison.Ordinal);
        Assert.Contains(">Päätös, vaatimus, perusteet, yhteystiedot, allekirjoitus.</textarea>", refusedHtml, StringComparison.Ordinal);

        fields["Input.FiAuthority"] = "Vantaan kaupungin yksilöasiainjaosto";
        using var saved = await browser.SubmitFormAsync(url, "appeal-instructions", fields);
        var savedHtml = TestClients.Text(await saved.Content.ReadAsStringAsync());
        Assert.Contains($"Saved as version {version + 1}.", savedHtml, StringComparison.Ordinal);
        Assert.Matches($@"Current version {version + 1}, saved 23\.11\.2026 \d+\.\d\d by Jukka Vainio\.", savedHtml);
        Assert.Contains("decisions in Swedish cannot be signed", savedHtml, StringComparison.Ordinal);
        var current = await admin.GetFromJsonAsync<JsonElement>("/api/v1/appeal-instructions");
        Assert.Equal(version + 1, current.GetProperty("version").GetInt32());
        Assert.Equal("Vantaan kaupungin yksilöasiainjaosto", current.GetProperty("fi").GetProperty("authority").GetString());
    }

    [Fact]
    public async Task The_page_is_for_administrators_only()
    {
        using var browser = await factory.SignedInBrowserAsync("demo.sw", "en");
        using var response = await browser.GetAsync("/configuration/appeal-instructions");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static object Input(int version, string authority) => new
    {
        fi = new
        {
            authority,
            howToRequest = "Oikaisuvaatimus tehdään kirjallisesti.",
            requestContents = "Päätös, johon oikaisua vaaditaan; millaista oikaisua vaaditaan; perusteet; yhteystiedot; allekirjoitus.",
            contactDetails = "Vantaan kaupunki",
        },
        sv = new { authority = "", howToRequest = "", requestContents = "", contactDetails = "" },
        version,
    };
}

public sealed class AppealInstructionsApiTests_Sqlite(SqliteFactory factory) : AppealInstructionsApiTests<SqliteFactory>(factory);

public sealed class AppealInstructionsApiTests_Postgres(PostgresFactory factory) : AppealInstructionsApiTests<PostgresFactory>(factory);
