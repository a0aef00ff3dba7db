using System.Net.Http.Json;
using System.Text.Json;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Organisation;

public abstract class OrganisationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task Vaasa_has_the_units_and_partners_of_the_field_report()
    {
        using var client = await factory.ApiAsync("demo.sw");
        var vaasa = await client.GetFromJsonAsync<JsonElement>("/api/v1/organisation");
        Assert.Equal("905", vaasa.GetProperty("code").GetString());
        Assert.Equal(["fi", "sv"], vaasa.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        var units = vaasa.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("name").GetString()).ToList();
        Assert.Contains("Nuorisoasema Klaara", units);
        Assert.Contains("Vuorikoti", units);
        var partners = vaasa.GetProperty("partners").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("mode").GetString());
        Assert.Equal("Purchased", partners["Pohjanmaan sosiaalipsykiatrinen yhdistys"]);
        Assert.Equal("Purchased", partners["Validia"]);
        Assert.Equal("ThirdSector", partners["EHJÄ ry"]);
    }

    [Fact]
    public async Task Names_follow_the_users_language()
    {
        using var client = await factory.ApiAsync("demo.sw", "sv");
        var vaasa = await client.GetFromJsonAsync<JsonElement>("/api/v1/organisation");
        Assert.Equal("Vasa", vaasa.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Organisation_page_lists_units_in_swedish()
    {
        using var client = await factory.SignedInBrowserAsync("demo.sc", "sv");
        var html = TestClients.Text(await client.GetStringAsync("/organisation"));
        Assert.Contains("<h1>Vasa</h1>", html);
        Assert.Contains("Ungdomsstationen Klaara", html);
        Assert.Contains("Köpt tjänst", html);
    }
}

public sealed class OrganisationTests_Sqlite(SqliteFactory factory) : OrganisationTests<SqliteFactory>(factory);

public sealed class OrganisationTests_Postgres(PostgresFactory factory) : OrganisationTests<PostgresFactory>(factory);
