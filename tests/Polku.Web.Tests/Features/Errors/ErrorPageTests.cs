using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Errors;

public abstract class ErrorPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Theory]
    [InlineData("fi", "Sivua ei löydy")]
    [InlineData("sv", "Sidan hittades inte")]
    [InlineData("en", "Page not found")]
    public async Task Unknown_page_gets_the_404_page_in_the_users_language(string language, string heading)
    {
        using var client = factory.Browser(language);
        using var response = await client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"<h1>{heading}</h1>", TestClients.Text(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Unknown_api_path_gets_problem_details()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/api/v1/no-such-thing");
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_person_is_a_404_problem_not_a_server_error()
    {
        using var client = await factory.ApiAsync("demo.admin");
        using var response = await client.GetAsync($"/api/v1/employees/{Guid.NewGuid()}");
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Malformed_id_is_not_a_server_error()
    {
        using var client = await factory.ApiAsync("demo.admin");
        using var response = await client.GetAsync("/api/v1/employees/not-a-guid");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Signed_in_user_without_the_action_sees_the_access_denied_page()
    {
        using var client = await factory.SignedInBrowserAsync("demo.sw", "en");
        using var response = await client.GetAsync("/people");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/access-denied", response.Headers.Location?.AbsolutePath);
        var page = TestClients.Text(await client.GetStringAsync(response.Headers.Location!.PathAndQuery));
        Assert.Contains("Not permitted", page);
    }
}

public sealed class ErrorPageTests_Sqlite(SqliteFactory factory) : ErrorPageTests<SqliteFactory>(factory);

public sealed class ErrorPageTests_Postgres(PostgresFactory factory) : ErrorPageTests<PostgresFactory>(factory);
