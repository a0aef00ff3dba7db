using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Polku.Domain.Access;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Operations;

/// <summary>Security by default: every page and endpoint names its action, or is on the short anonymous list.</summary>
public sealed class EndpointActionTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static readonly string[] AnonymousAllowed =
    [
        "/sign-in", "/sign-out", "/api/v1/auth/token", "/language",
        "/health/live", "/health/ready",
        "/accessibility", "/not-found", "/error", "/access-denied",
        "/openapi/{documentName}.json", "/scalar/{documentName?}",
    ];

    /// <summary>The framework's own: a 404 for missing files, and Blazor's redirect after an enhanced form post.</summary>
    private static readonly string[] FrameworkEndpoints = ["/{**path:file}", "/_framework/opaque-redirect"];

    [Fact]
    public void Every_endpoint_declares_an_action_or_is_explicitly_anonymous()
    {
        var endpoints = Endpoints();
        Assert.NotEmpty(endpoints);
        var undeclared = endpoints
            .Where(e => !IsStaticFile(e) && !FrameworkEndpoints.Contains(Pattern(e)))
            .Where(e => Action(e) is null && !(IsAnonymous(e) && AnonymousAllowed.Contains(Pattern(e))))
            .Select(e => $"{Pattern(e)} ({e.DisplayName}, anonymous: {IsAnonymous(e)})")
            .ToList();
        Assert.True(undeclared.Count == 0, "Endpoints without an action:\n" + string.Join("\n", undeclared));
    }

    [Fact]
    public void Declared_actions_are_known_actions()
    {
        var unknown = Endpoints().Select(Action).OfType<string>().Where(a => !Actions.All.Contains(a)).Distinct();
        Assert.Empty(unknown);
    }

    [Fact]
    public void No_endpoint_is_both_anonymous_and_behind_an_action() =>
        Assert.DoesNotContain(Endpoints(), e => IsAnonymous(e) && Action(e) is not null);

    [Fact]
    public void Pages_and_api_are_all_found()
    {
        var patterns = Endpoints().Select(Pattern).ToHashSet();
        Assert.Contains("/", patterns);
        Assert.Contains("/people/{Id:guid}", patterns);
        Assert.Contains("/api/v1/me", patterns);
        Assert.Contains("/api/v1/employees/{id:guid}", patterns);
    }

    private List<RouteEndpoint> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    private static string Pattern(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText?.TrimStart('/');

    private static string? Action(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<RequiresActionAttribute>().SingleOrDefault()?.Action;

    private static bool IsAnonymous(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    /// <summary>Fingerprinted files from wwwroot and the framework's script: public by nature.</summary>
    private static bool IsStaticFile(RouteEndpoint endpoint) =>
        IsAnonymous(endpoint) && Path.HasExtension(endpoint.RoutePattern.RawText) && !Pattern(endpoint).StartsWith("/api", StringComparison.Ordinal)
        && !Pattern(endpoint).StartsWith("/openapi", StringComparison.Ordinal);
}
