using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.AuditTrail;

/// <summary>The registrar answers "who has seen my data" by henkilötunnus, which never travels in an address.</summary>
public abstract class AuditTrailTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task The_registrar_finds_the_trail_by_identity_code_in_a_posted_form_with_service_tasks_by_name()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var code = TestClients.UniqueIdentityCode();
        var created = await worker.PostJsonAsync("/api/v1/clients", new { identityCode = code.Value, firstNames = "Kysyvä", lastName = "Asiakas", language = "fi" }, HttpStatusCode.Created);
        await worker.GetAsync($"/api/v1/clients/{created.GetProperty("id").GetGuid()}");

        using var registrar = await factory.SignedInBrowserAsync("demo.registrar", "en");
        using var response = await registrar.SubmitFormAsync("/audit", "audit-search", new Dictionary<string, string> { ["Search.Person"] = code.Value });
        var html = TestClients.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Sanna Virtanen", html);
        Assert.Contains("Social rehabilitation of working-age adults", html);
        Assert.DoesNotContain("local:working-age", html);

        using var api = await factory.ApiAsync("demo.registrar", "en");
        using var found = await api.PostAsJsonAsync("/api/v1/audit-events/search", new { identityCode = code.Value });
        var trail = await found.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(trail.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "Client.Create");
        using var unknown = await api.PostAsJsonAsync("/api/v1/audit-events/search", new { identityCode = "131052-308T" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}

public sealed class AuditTrailTests_Sqlite(SqliteFactory factory) : AuditTrailTests<SqliteFactory>(factory);

public sealed class AuditTrailTests_Postgres(PostgresFactory factory) : AuditTrailTests<PostgresFactory>(factory);
