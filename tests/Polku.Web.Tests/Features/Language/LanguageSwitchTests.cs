using System.Net;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Language;

public abstract class LanguageSwitchTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task Chosen_language_is_remembered_over_the_browsers()
    {
        using var client = factory.Browser("fi");
        using var response = await client.GetAsync("/language?culture=sv&returnUrl=%2Fsign-in");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);

        Assert.Contains("<h1>Logga in</h1>", TestClients.Text(await client.GetStringAsync("/sign-in")));
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task Return_address_never_leaves_the_site(string returnUrl)
    {
        using var client = factory.Browser();
        using var response = await client.GetAsync($"/language?culture=en&returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Unknown_language_is_ignored()
    {
        using var client = factory.Browser("en");
        using var response = await client.GetAsync("/language?culture=xx&returnUrl=%2Fsign-in");
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Contains("<h1>Sign in</h1>", TestClients.Text(await client.GetStringAsync("/sign-in")));
    }
}

public sealed class LanguageSwitchTests_Sqlite(SqliteFactory factory) : LanguageSwitchTests<SqliteFactory>(factory);

public sealed class LanguageSwitchTests_Postgres(PostgresFactory factory) : LanguageSwitchTests<PostgresFactory>(factory);
