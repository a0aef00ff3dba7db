using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Polku.Web.Features.AuditTrail;
using Polku.Web.Infrastructure.Localization;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Errors;

/// <summary>A fault inside Polku reaches nobody as a stack trace: people get a page, API callers a problem.</summary>
public sealed class UnexpectedErrorTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private const string Secret = "internal detail 8d2f";

    [Fact]
    public async Task A_page_fault_shows_the_error_page_with_a_request_id_and_no_trace()
    {
        using var broken = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<Format>(_ => throw new InvalidOperationException(Secret))));
        using var client = broken.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");
        using var response = await client.GetAsync("/sign-in");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = TestClients.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("<h1>Något gick fel</h1>", html);
        Assert.Contains(response.Headers.GetValues("X-Request-Id").Single(), html);
        Assert.DoesNotContain(Secret, html);
        Assert.DoesNotContain("InvalidOperationException", html);
    }

    [Fact]
    public async Task An_api_fault_is_a_problem_without_a_trace()
    {
        using var broken = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddScoped<AuditTrailQuery>(_ => throw new InvalidOperationException(Secret))));
        using var client = broken.CreateClient();
        var token = await broken.TokenAsync("demo.registrar");
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var response = await client.GetAsync($"/api/v1/audit-events?personId={Guid.NewGuid()}");

        await response.AssertProblemAsync(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Secret, body);
        Assert.Equal(500, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
    }
}
