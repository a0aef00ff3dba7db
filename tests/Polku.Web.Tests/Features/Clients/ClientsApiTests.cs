using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Clients;

public abstract class ClientsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task Registering_a_known_code_twice_points_to_the_existing_client()
    {
        using var client = await factory.ApiAsync("demo.sw");
        var created = await client.PostJsonAsync("/api/v1/clients", new { identityCode = "010594Y9032", firstNames = "Aino", lastName = "Esimerkki", language = "fi" }, HttpStatusCode.Created);
        Assert.Equal("010594Y9032", created.GetProperty("identityCode").GetString());
        Assert.Equal(new DateOnly(1994, 5, 1), DateOnly.Parse(created.GetProperty("birthDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        using var again = await client.PostAsJsonAsync("/api/v1/clients", new { identityCode = "010594y9032 ", firstNames = "Aino", lastName = "Esimerkki", language = "fi" });
        var problem = await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(created.GetProperty("id").GetGuid(), problem.GetProperty("existingClientId").GetGuid());
    }

    [Fact]
    public async Task The_century_sign_tells_two_people_apart()
    {
        using var client = await factory.ApiAsync("demo.sc");
        var first = await client.PostJsonAsync("/api/v1/clients", new { identityCode = "100190-999P", firstNames = "Eka", lastName = "Sata", language = "fi" }, HttpStatusCode.Created);
        var second = await client.PostJsonAsync("/api/v1/clients", new { identityCode = "100190Y999P", firstNames = "Toka", lastName = "Sata", language = "fi" }, HttpStatusCode.Created);
        Assert.NotEqual(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        Assert.Equal("100190Y999P", second.GetProperty("identityCode").GetString());
    }

    [Theory]
    [InlineData("131052-308U", "Tarkistusmerkki ei täsmää. Tarkista henkilötunnus.")]
    [InlineData("310290-123T", "Henkilötunnuksen alussa ei ole todellinen päivämäärä.")]
    [InlineData("290299-123U", "Henkilötunnuksen alussa ei ole todellinen päivämäärä.")]
    [InlineData("131052Z308T", "Välimerkki ei ole sallittu. Sallitut ovat + - Y X W V U A B C D E F.")]
    [InlineData("13105-308T", "Henkilötunnus on muotoa PPKKVVXNNNT, esimerkiksi 131052-308T.")]
    public async Task A_bad_identity_code_is_named_in_the_users_language(string code, string message)
    {
        using var client = await factory.ApiAsync("demo.sw", "fi");
        using var response = await client.PostAsJsonAsync("/api/v1/clients", new { identityCode = code, firstNames = "Aino", lastName = "Esimerkki", language = "fi" });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(message, problem.GetProperty("errors").GetProperty("identityCode")[0].GetString());
    }

    [Fact]
    public async Task A_person_without_a_code_is_registered_by_birth_date()
    {
        using var client = await factory.ApiAsync("demo.sw", "en");
        using var missing = await client.PostAsJsonAsync("/api/v1/clients", new { firstNames = "Amir", lastName = "Rahimi", language = "fa", interpreterNeeded = true });
        var problem = await missing.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Give the identity code or the birth date.", problem.GetProperty("errors").GetProperty("birthDate")[0].GetString());

        var created = await client.PostJsonAsync("/api/v1/clients", new { birthDate = "1990-05-12", firstNames = "Amir", lastName = "Rahimi", language = "fa", interpreterNeeded = true }, HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("identityCode").ValueKind);
        Assert.True(created.GetProperty("interpreterNeeded").GetBoolean());
    }

    [Fact]
    public async Task Every_field_is_validated_and_named()
    {
        using var client = await factory.ApiAsync("demo.sw", "en");
        var tomorrow = factory.Time.GetUtcNow().AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var response = await client.PostAsJsonAsync("/api/v1/clients", new
        {
            birthDate = tomorrow, firstNames = "", lastName = new string('x', 101), language = "xx", email = "not-an-address",
        });
        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("The date cannot be in the future.", errors.GetProperty("birthDate")[0].GetString());
        Assert.Equal("Required.", errors.GetProperty("firstNames")[0].GetString());
        Assert.Equal("At most 100 characters.", errors.GetProperty("lastName")[0].GetString());
        Assert.True(errors.TryGetProperty("language", out _));
        Assert.True(errors.TryGetProperty("email", out _));
    }

    [Fact]
    public async Task Search_finds_by_name_or_code_and_masks_the_code()
    {
        using var client = await factory.ApiAsync("demo.sw");
        var code = TestClients.UniqueIdentityCode();
        await client.PostJsonAsync("/api/v1/clients", new { identityCode = code.Value, firstNames = "Maija", lastName = "Hakutesti", language = "sv" }, HttpStatusCode.Created);

        foreach (var term in new[] { "hakutes", code.Value[..6] })
        {
            // A henkilötunnus is searched in the request body, never in the address.
            using var response = await client.PostAsJsonAsync("/api/v1/clients/search", new { search = term });
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            var item = Assert.Single(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("displayName").GetString() == "Hakutesti Maija");
            Assert.Equal(code.Masked, item.GetProperty("maskedIdentityCode").GetString());
            Assert.EndsWith("****", code.Masked, StringComparison.Ordinal);
            Assert.DoesNotContain(code.Value, page.GetRawText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_henkilotunnus_in_the_address_is_refused()
    {
        using var client = await factory.ApiAsync("demo.sw", "en");
        using var response = await client.GetAsync("/api/v1/clients?search=010594");
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("request body", problem.GetProperty("errors").GetProperty("search")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mari Heikkinen")]
    [InlineData("heikkinen mari")]
    [InlineData("HEIKKINEN")]
    [InlineData("3.7.1992")]
    public async Task Search_finds_a_name_in_either_order_and_by_birth_date(string term)
    {
        using var client = await factory.ApiAsync("demo.sw");
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/clients?search={Uri.EscapeDataString(term)}");
        Assert.Contains(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("displayName").GetString() == "Heikkinen Mari");
    }

    [Theory]
    [InlineData("bjorkqvist")]
    [InlineData("Björkqvist")]
    [InlineData("BJÖRKQVIST linnea")]
    public async Task Search_ignores_case_and_accents(string term)
    {
        using var client = await factory.ApiAsync("demo.sc");
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/clients?search={Uri.EscapeDataString(term)}");
        Assert.Contains(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("displayName").GetString() == "Björkqvist Linnea");
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("'; drop table \"Clients\"; --")]
    [InlineData("\"")]
    public async Task Search_wildcards_and_quotes_are_plain_text(string term)
    {
        using var client = await factory.ApiAsync("demo.sw");
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/clients?search={Uri.EscapeDataString(term)}");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Sorting_and_paging_hold_at_the_edges()
    {
        using var client = await factory.ApiAsync("demo.sw", "en");
        using var tooLong = await client.GetAsync($"/api/v1/clients?search={new string('a', 10_000)}");
        await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest);
        var byAge = await client.GetFromJsonAsync<JsonElement>("/api/v1/clients?sort=age&pageSize=100");
        var ages = byAge.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("age").GetInt32()).ToList();
        Assert.Equal(ages.Order(), ages);
        var byNameDescending = await client.GetFromJsonAsync<JsonElement>("/api/v1/clients?sort=name&descending=true&pageSize=100");
        var names = byNameDescending.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("displayName").GetString()!).ToList();
        Assert.Equal(names.OrderDescending(StringComparer.Ordinal).Select(n => n.ToLowerInvariant()), names.Select(n => n.ToLowerInvariant()), StringComparer.Ordinal);
        var past = await client.GetFromJsonAsync<JsonElement>("/api/v1/clients?page=2147483647&pageSize=0");
        Assert.Empty(past.GetProperty("items").EnumerateArray());
        Assert.True(past.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task Reading_and_listing_clients_is_audited()
    {
        using var client = await factory.ApiAsync("demo.sw");
        var id = await client.NewClientAsync("Lokitettava");
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{id}");
        await client.GetFromJsonAsync<JsonElement>("/api/v1/clients?search=lokitettava");

        using var scope = factory.Services.CreateScope();
        var events = await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Subjects.Any(s => s.PersonId == id)).Select(e => e.Action).ToListAsync();
        Assert.Contains(Actions.ClientCreate, events);
        Assert.Contains(Actions.ClientRead, events);
        Assert.Contains(Actions.ClientSearch, events);
    }

    [Fact]
    public async Task Another_organisation_never_sees_the_client()
    {
        using var vaasa = await factory.ApiAsync("demo.sw");
        var id = await vaasa.NewClientAsync("Vaasalainen");
        using var vantaa = await factory.ApiAsync("vantaa.sw");
        using var read = await vantaa.GetAsync($"/api/v1/clients/{id}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        var search = await vantaa.GetFromJsonAsync<JsonElement>("/api/v1/clients?search=vaasalainen");
        Assert.Equal(0, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Roles_without_client_work_are_refused()
    {
        using var admin = await factory.ApiAsync("demo.admin");
        using var response = await admin.GetAsync("/api/v1/clients");
        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        using var provider = await factory.ApiAsync("demo.provider");
        using var create = await provider.PostAsJsonAsync("/api/v1/clients", new { firstNames = "A", lastName = "B", language = "fi", birthDate = "1990-01-01" });
        await create.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Special_support_client_gets_a_social_worker_as_responsible_worker()
    {
        using var client = await factory.ApiAsync("demo.sw", "en");
        var (socialWorker, counsellor, otherOrganisation) = (await factory.UserIdAsync("demo.sw"), await factory.UserIdAsync("demo.sc"), await factory.UserIdAsync("vantaa.sw"));
        var special = await ClientIdAsync("Laaksonen");

        using var refused = await client.PostAsJsonAsync($"/api/v1/clients/{special}/responsible-worker", new { employeeId = counsellor });
        var problem = await refused.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("For a client in need of special support the responsible worker must be a social worker (SHL § 42).",
            problem.GetProperty("errors").GetProperty("employeeId")[0].GetString());

        using var foreign = await client.PostAsJsonAsync($"/api/v1/clients/{special}/responsible-worker", new { employeeId = otherOrganisation });
        await foreign.AssertProblemAsync(HttpStatusCode.BadRequest);

        var accepted = await client.PostJsonAsync($"/api/v1/clients/{special}/responsible-worker", new { employeeId = socialWorker }, HttpStatusCode.OK);
        Assert.Equal(socialWorker, accepted.GetProperty("responsibleWorker").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Changing_the_responsible_worker_keeps_the_history()
    {
        using var client = await factory.ApiAsync("demo.sw");
        var id = await client.NewClientAsync("Historia");
        await client.PostJsonAsync($"/api/v1/clients/{id}/responsible-worker", new { employeeId = await factory.UserIdAsync("demo.sw") }, HttpStatusCode.OK);
        var changed = await client.PostJsonAsync($"/api/v1/clients/{id}/responsible-worker", new { employeeId = await factory.UserIdAsync("demo.sc") }, HttpStatusCode.OK);
        Assert.Equal("Mikael Nyström", changed.GetProperty("responsibleWorker").GetProperty("name").GetString());

        using var scope = factory.Services.CreateScope();
        var history = await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().ResponsibleWorkerAssignments.AsNoTracking()
            .Where(a => a.ClientId == id).OrderBy(a => a.StartedAt).ToListAsync();
        Assert.Equal(2, history.Count);
        Assert.NotNull(history[0].EndedAt);
        Assert.Null(history[1].EndedAt);
    }

    private async Task<Guid> ClientIdAsync(string lastName)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().Clients.Where(c => c.LastName == lastName).Select(c => c.Id).SingleAsync();
    }
}

public sealed class ClientsApiTests_Sqlite(SqliteFactory factory) : ClientsApiTests<SqliteFactory>(factory);

public sealed class ClientsApiTests_Postgres(PostgresFactory factory) : ClientsApiTests<PostgresFactory>(factory);
