using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Operations;

/// <summary>
/// Two app nodes on one PostgreSQL database behind a balancer without sticky sessions: the data-protection keys live in
/// the database, so a session cookie and a form's antiforgery token from one node are good on the other.
/// </summary>
public sealed class TwoNodesTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task A_sign_in_and_a_form_from_one_node_are_accepted_by_the_other()
    {
        await using var other = await SecondInstance.OnSameDatabaseAsync(factory, "Postgres", new CountingNoticeSender());
        var cookies = new CookieContainer();
        using var nodeA = Client(factory, cookies);
        using var nodeB = Client(other, cookies);

        // Signed in on A (the form's token from A as well) ...
        var signIn = await nodeA.GetStringAsync("/sign-in");
        using (var signedIn = await nodeA.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestClients.AntiforgeryTokenOf(signIn), ["_handler"] = "sign-in", ["Input.UserName"] = "demo.sw", ["Input.Password"] = DemoData.Password,
        })))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        // ... B knows the session, and takes a form whose token A issued.
        using var front = await nodeB.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, front.StatusCode);
        Assert.Contains("Sanna Virtanen", TestClients.Text(await front.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var pageOnA = await nodeA.GetStringAsync("/");
        using var signOut = await nodeB.PostAsync("/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = TestClients.AntiforgeryTokenOf(pageOnA) }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await nodeA.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);

        // The keys both nodes use are the database's, not a node's own files.
        using var scope = other.Services.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().DataProtectionKeys.AnyAsync());
    }

    /// <summary>A browser that keeps its cookies in <paramref name="cookies"/>, whichever node it talks to.</summary>
    private static HttpClient Client(WebApplicationFactory<Program> node, CookieContainer cookies) =>
        node.CreateDefaultClient(new Uri("https://localhost"), new CookieHandler(cookies));

    private sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    cookies.SetCookies(request.RequestUri!, cookie);
                }
            }

            return response;
        }
    }
}
