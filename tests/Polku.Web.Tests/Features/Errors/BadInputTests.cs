using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Errors;

/// <summary>
/// Bad input gets a clear 4xx in the user's language — the same answer in every environment, on both databases — and
/// a page that shows one record says "not found" with a 404.
/// </summary>
public abstract class BadInputTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Theory]
    [InlineData("demo.sw", "fi", "/assessments/{0}", "Arviointia ei löydy")]
    [InlineData("demo.sw", "sv", "/clients/{0}/referrals/new", "Klienten hittades inte")]
    [InlineData("demo.admin", "en", "/people/{0}", "Person not found")]
    public async Task A_page_for_a_record_that_is_not_there_answers_404_with_its_own_text(string user, string language, string page, string heading)
    {
        using var browser = await factory.SignedInBrowserAsync(user, language);
        using var response = await browser.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"<h1>{heading}</h1>", TestClients.Text(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_new_referral_form_for_a_known_client_is_still_there()
    {
        using var api = await factory.ApiAsync("demo.sw");
        var clientId = await api.NewClientAsync("Lähetettävä");
        using var browser = await factory.SignedInBrowserAsync("demo.sw");
        using var response = await browser.GetAsync($"/clients/{clientId}/referrals/new");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"Input.Description\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2147483648")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("")]
    public async Task A_page_number_that_is_none_shows_the_first_page_of_the_client_list(string page)
    {
        using var browser = await factory.SignedInBrowserAsync("demo.sw");
        using var response = await browser.GetAsync($"/clients?page={page}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = TestClients.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("<caption id=\"list-caption\">Asiakkaita ", html);
    }

    [Theory]
    [InlineData("fi", "Päivämäärä ei voi olla ennen 1.1.1900.")]
    [InlineData("en", "The date cannot be before 1.1.1900.")]
    public async Task A_referral_received_before_1900_is_a_400_naming_the_field(string language, string message)
    {
        using var api = await factory.ApiAsync("demo.sw", language);
        var clientId = await api.NewClientAsync("Vanha");
        using var response = await api.PostAsJsonAsync("/api/v1/referrals", new { clientId, source = "te-office", receivedOn = "1500-01-01", description = "Ennen Gregoriusta." });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([message], problem.GetProperty("errors").GetProperty("receivedOn").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_birth_date_in_year_1_is_refused()
    {
        using var api = await factory.ApiAsync("demo.sw", "en");
        using var response = await api.PostAsJsonAsync("/api/v1/clients", new { birthDate = "0001-01-01", firstNames = "Aatami", lastName = "Ensimmäinen", language = "fi" });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("birthDate", out _));
    }

    [Theory]
    [InlineData("\u202Eenialäkiem")]       // right-to-left override
    [InlineData("Meikä\u0000läinen")]     // NUL
    [InlineData("Meikä\u200Bläinen")]     // zero-width space
    [InlineData("Meikäläinen\u0007")]     // bell
    public async Task Control_characters_in_a_client_name_are_a_400_naming_the_field(string lastName)
    {
        using var api = await factory.ApiAsync("demo.sw", "sv");
        using var response = await api.PostAsJsonAsync("/api/v1/clients", new { birthDate = "1985-06-15", firstNames = "Matti", lastName, language = "fi" });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Texten innehåller osynliga styrtecken eller riktningstecken (ofta efter kopiering). Ta bort dem och skriv texten på nytt.",
            errors.GetProperty("lastName")[0].GetString());
        Assert.False(errors.TryGetProperty("firstNames", out _));
    }

    [Fact]
    public async Task Control_characters_in_the_client_form_are_explained_and_the_rest_is_kept()
    {
        using var browser = await factory.SignedInBrowserAsync("demo.sw", "fi");
        using var response = await browser.SubmitFormAsync("/clients/new", "new-client", new Dictionary<string, string>
        {
            ["Input.BirthDate"] = "1985-06-15",
            ["Input.FirstNames"] = "Matti\u202E",
            ["Input.LastName"] = "Lomakkeinen",
            ["Input.Language"] = "fi",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = TestClients.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Tekstissä on näkymättömiä ohjausmerkkejä tai tekstin suuntamerkkejä", html);
        Assert.Contains("value=\"Lomakkeinen\"", html);
    }

    [Theory]
    [InlineData("{\"receivedOn\": \"31.2.2026\"}", "receivedOn", "Värdet ska vara ett datum i formen åååå-mm-dd, till exempel 2026-03-31.")]
    [InlineData("{\"receivedOn\": \"2026-02-31\"}", "receivedOn", "Värdet ska vara ett datum i formen åååå-mm-dd, till exempel 2026-03-31.")]
    [InlineData("{\"urgent\": null}", "urgent", "Värdet ska vara true eller false.")]
    [InlineData("{\"description\": 42}", "description", "Värdet ska vara text.")]
    [InlineData("{\"clientId\": \"abc\"}", "clientId", "Värdet ska vara en identifierare (GUID).")]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_the_field_in_the_callers_language(string body, string field, string message)
    {
        using var api = await factory.ApiAsync("demo.sw", "sv");
        using var response = await api.PostAsync("/api/v1/referrals", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Uppgifterna behöver korrigeras.", problem.GetProperty("title").GetString());
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        AssertNoInternals(problem);
    }

    [Theory]
    [InlineData("{\"kind\": \"Party\", \"occurredOn\": \"2026-11-02\", \"text\": \"x\"}", "kind", "Contact, PhoneCall, HomeVisit")]
    [InlineData("{\"kind\": 3, \"occurredOn\": \"2026-11-02\", \"text\": \"x\"}", "kind", "Contact, PhoneCall, HomeVisit")]
    [InlineData("{\"kind\": \"Note\", \"minutes\": 2147483648, \"occurredOn\": \"2026-11-02\", \"text\": \"x\"}", "minutes", "-2147483648 to 2147483647")]
    public async Task An_unknown_enum_value_or_a_number_out_of_range_names_the_field(string body, string field, string message)
    {
        using var api = await factory.ApiAsync("demo.sw", "en");
        var clientId = await api.NewClientAsync();
        using var response = await api.PostAsync($"/api/v1/clients/{clientId}/entries", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"x\"")]
    public async Task A_body_that_is_no_json_object_is_a_400_in_the_callers_language(string body)
    {
        using var api = await factory.ApiAsync("demo.sw", "fi");
        using var response = await api.PostAsync("/api/v1/clients", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Pyyntöä ei voitu lukea.", problem.GetProperty("title").GetString());
        AssertNoInternals(problem);
    }

    [Theory]
    [InlineData("/api/v1/clients?page=abc", "page")]
    [InlineData("/api/v1/clients?pageSize=2147483648", "pageSize")]
    [InlineData("/api/v1/referrals?clientId=abc", "clientId")]
    public async Task A_query_value_that_does_not_read_is_a_400_naming_the_parameter(string url, string parameter)
    {
        using var api = await factory.ApiAsync("demo.sw", "en");
        using var response = await api.GetAsync(url);
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task A_missing_required_query_parameter_is_a_400_naming_it()
    {
        using var api = await factory.ApiAsync("demo.registrar", "en");
        using var response = await api.GetAsync("/api/v1/audit-events");
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Required.", problem.GetProperty("errors").GetProperty("personId")[0].GetString());
    }

    [Fact]
    public async Task A_nul_character_is_refused_before_it_reaches_the_database()
    {
        using var api = await factory.ApiAsync("demo.sw", "en");
        using var search = await api.GetAsync("/api/v1/clients?search=a%00b");
        Assert.True((await search.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("search", out _));

        var clientId = await api.NewClientAsync();
        var started = await api.PostJsonAsync($"/api/v1/clients/{clientId}/assessments", new { }, HttpStatusCode.Created);
        using var codes = await api.PutAsJsonAsync($"/api/v1/assessments/{started.GetProperty("id").GetGuid()}", new { situationalFactors = NulCode, version = 0 });
        Assert.True((await codes.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("situationalFactors", out _));

        using var browser = await factory.SignedInBrowserAsync("demo.sw", "en");
        using var page = await browser.GetAsync("/clients?search=a%00b");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("<h1>The request could not be read</h1>", TestClients.Text(await page.Content.ReadAsStringAsync()));

        // The connection the database would have refused is still good for the next request.
        using var after = await api.GetAsync("/api/v1/clients?search=a");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_body_larger_than_any_the_api_takes_is_a_413_problem()
    {
        using var api = await factory.ApiAsync("demo.sw", "en");
        var body = $"{{\"lastName\": \"{new string('x', Polku.Web.Infrastructure.Operations.NulCharacterGuard.MaxJsonBodyBytes)}\"}}";
        using var response = await api.PostAsync("/api/v1/clients", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("The request is too large.", problem.GetProperty("title").GetString());
        Assert.False(problem.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task An_unknown_record_is_a_404_problem_in_the_callers_language()
    {
        using var api = await factory.ApiAsync("demo.sw", "fi");
        using var response = await api.GetAsync($"/api/v1/clients/{Guid.NewGuid()}");
        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Ei löydy", problem.GetProperty("title").GetString());
    }

    private static readonly string[] NulCode = ["x\0"];

    private static void AssertNoInternals(JsonElement problem)
    {
        var text = problem.GetRawText();
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Polku.Web", text, StringComparison.Ordinal);
    }
}

public sealed class BadInputTests_Sqlite(SqliteFactory factory) : BadInputTests<SqliteFactory>(factory);

public sealed class BadInputTests_Postgres(PostgresFactory factory) : BadInputTests<PostgresFactory>(factory);

/// <summary>What <c>dotnet run</c> gives: minimal APIs throw on bad input there by default, which must not make it a 500.</summary>
public sealed class BadInputTests_Development(DevelopmentSqliteFactory factory) : BadInputTests<DevelopmentSqliteFactory>(factory);
