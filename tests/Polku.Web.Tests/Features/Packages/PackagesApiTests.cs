using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Access;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Packages;

/// <summary>Espoo's service packages on both databases: started at a level, moved between levels with the history kept.</summary>
public abstract class PackagesApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task A_package_keeps_the_history_of_its_support_level()
    {
        var clientId = await factory.Client(DemoRegions.EspooCode).InTeamOf("espoo.sw").WithResponsibleWorker("espoo.sw").BuildAsync();
        using var api = await factory.ApiAsync("espoo.sw");
        var serviceIds = await ServicesAsync("individual-guidance", "arjen-taidot");
        var started = await api.PostJsonAsync($"/api/v1/clients/{clientId}/packages",
            new { name = "Työllistymistä tukeva palvelupaketti", serviceIds, level = "Intensive" }, HttpStatusCode.Created);
        Assert.Equal("Intensive", started.GetProperty("level").GetString());
        Assert.Equal(2, started.GetProperty("services").GetArrayLength());
        var id = started.GetProperty("id").GetGuid();

        var changed = await api.PostJsonAsync($"/api/v1/packages/{id}/level",
            new { level = "Basic", note = "Arki sujuu.", version = started.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
        Assert.Equal("Basic", changed.GetProperty("level").GetString());
        var levels = changed.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(["Intensive", "Basic"], levels.Select(l => l.GetProperty("level").GetString()));
        Assert.Equal("Arki sujuu.", levels[1].GetProperty("note").GetString());
        Assert.Equal("Elina Lindholm", levels[1].GetProperty("changedBy").GetString());
        Assert.Equal(factory.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), levels[1].GetProperty("on").GetString());

        // A stale version is not saved over someone else's change.
        await api.PostJsonAsync($"/api/v1/packages/{id}/level", new { level = "Light", note = "", version = started.GetProperty("version").GetInt32() }, HttpStatusCode.Conflict);

        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}/packages");
        var package = Assert.Single(list.EnumerateArray());
        Assert.Equal(2, package.GetProperty("levels").GetArrayLength());

        var ended = await api.PostJsonAsync($"/api/v1/packages/{id}/end", new { version = changed.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
        Assert.NotEqual(JsonValueKind.Null, ended.GetProperty("endsOn").ValueKind);
        await api.PostJsonAsync($"/api/v1/packages/{id}/level", new { level = "Light", version = ended.GetProperty("version").GetInt32() }, HttpStatusCode.Conflict);

        // Bad input, and another organisation's worker, are refused.
        var bad = await api.PostJsonAsync($"/api/v1/clients/{clientId}/packages", new { name = "", serviceIds = new[] { Guid.NewGuid() } }, HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("serviceIds", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("level", out _));
        using var vaasa = await factory.ApiAsync("demo.sw");
        using var other = await vaasa.GetAsync($"/api/v1/clients/{clientId}/packages");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        Assert.True(await db.AuditEvents.CountAsync(e => e.Action == Actions.ClientServiceArrange && e.Subjects.Any(s => s.PersonId == clientId)) >= 3);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == Actions.ClientRead && e.Subjects.Any(s => s.PersonId == clientId)));
    }

    [Fact]
    public async Task The_client_page_shows_the_packages_with_their_levels()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var turunen = await db.Clients.Where(c => c.LastName == "Turunen").Select(c => c.Id).SingleAsync();
        using var browser = await factory.SignedInBrowserAsync("espoo.sw");
        var page = TestClients.Text(await browser.GetStringAsync($"/clients/{turunen}"));
        Assert.Contains("Palvelupaketit", page, StringComparison.Ordinal);
        Assert.Contains("Työllistymistä tukeva palvelupaketti", page, StringComparison.Ordinal);
        Assert.Contains("Tehostettu", page, StringComparison.Ordinal);
    }

    private async Task<Guid[]> ServicesAsync(params string[] codes)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        return await db.Services.Where(s => codes.Contains(s.Code) && db.Organisations.Any(o => o.Id == s.OrganisationId && o.Code == DemoRegions.EspooCode))
            .Select(s => s.Id).ToArrayAsync();
    }
}

public sealed class PackagesApiTests_Sqlite(SqliteFactory factory) : PackagesApiTests<SqliteFactory>(factory);

public sealed class PackagesApiTests_Postgres(PostgresFactory factory) : PackagesApiTests<PostgresFactory>(factory);
