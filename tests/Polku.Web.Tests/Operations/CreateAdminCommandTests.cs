using Polku.Web.Infrastructure.Operations;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Operations;

public abstract class CreateAdminCommandTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task Creates_the_first_administrator_and_their_organisation()
    {
        var output = new StringWriter();
        var exit = await CreateAdminCommand.RunAsync(
            factory.Services,
            ["--user-name", "root.admin", "--first-name", "Aino", "--last-name", "Ylläpitäjä", "--organisation-code", "0990", "--organisation-name", "Testin hyvinvointialue", "--organisation-kind", "WellbeingServicesCounty"],
            new StringReader("Ensimmainen-salasana-2026\n"),
            output);
        Assert.True(exit == 0, output.ToString());

        using var client = await factory.ApiAsync("root.admin", password: "Ensimmainen-salasana-2026");
        var me = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(client, "/api/v1/me");
        Assert.Equal("Testin hyvinvointialue", me.GetProperty("organisation").GetProperty("name").GetString());
        Assert.Equal(["Administrator"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Missing_options_are_named()
    {
        var output = new StringWriter();
        var exit = await CreateAdminCommand.RunAsync(factory.Services, ["--user-name", "x"], new StringReader(""), output);
        Assert.Equal(2, exit);
        Assert.Contains("--organisation-code", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_is_refused()
    {
        var output = new StringWriter();
        var exit = await CreateAdminCommand.RunAsync(
            factory.Services,
            ["--user-name", "weak.admin", "--first-name", "A", "--last-name", "B", "--organisation-code", "905"],
            new StringReader("short\n"),
            output);
        Assert.Equal(1, exit);
        Assert.Contains("Not created", output.ToString(), StringComparison.Ordinal);
    }
}

public sealed class CreateAdminCommandTests_Sqlite(SqliteFactory factory) : CreateAdminCommandTests<SqliteFactory>(factory);

public sealed class CreateAdminCommandTests_Postgres(PostgresFactory factory) : CreateAdminCommandTests<PostgresFactory>(factory);
