using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Operations;

public abstract class OperationsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task Database_model_has_no_changes_without_a_migration()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed: add a migration for both providers (README, Database).");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_without_signing_in(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api()
    {
        using var client = factory.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/auth/token", out _));
        Assert.True(paths.TryGetProperty("/api/v1/me", out _));
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
    }

    [Fact]
    public async Task OpenApi_has_a_browsable_reference()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_a_request_id()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/sign-in");
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("X-Request-Id").Single()));
    }

    [Fact]
    public async Task Session_cookie_is_http_only()
    {
        using var client = factory.Browser();
        using var response = await client.SubmitFormAsync("/sign-in", "sign-in", new Dictionary<string, string>
        {
            ["Input.UserName"] = "demo.sw",
            ["Input.Password"] = Polku.Data.Seed.DemoData.Password,
        });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Polku.Session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class OperationsTests_Sqlite(SqliteFactory factory) : OperationsTests<SqliteFactory>(factory);

public sealed class OperationsTests_Postgres(PostgresFactory factory) : OperationsTests<PostgresFactory>(factory);

public sealed class StaticAssetTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task Stylesheet_and_framework_script_are_served()
    {
        using var client = factory.CreateClient();
        var page = await client.GetStringAsync("/sign-in");
        var stylesheet = System.Text.RegularExpressions.Regex.Match(page, "href=\"(app[^\"]*\\.css)\"").Groups[1].Value;
        using var css = await client.GetAsync("/" + stylesheet);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        using var script = await client.GetAsync("/_framework/blazor.web.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
