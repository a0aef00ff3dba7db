using System.Net;
using Polku.Data.Seed;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.SignIn;

public abstract class SignInPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Theory]
    [InlineData("fi", "Kirjaudu sisään")]
    [InlineData("sv", "Logga in")]
    [InlineData("en", "Sign in")]
    public async Task Sign_in_page_reads_in_the_browser_language(string language, string heading)
    {
        using var client = factory.Browser(language);
        var html = TestClients.Text(await client.GetStringAsync("/sign-in"));
        Assert.Contains($"<html lang=\"{language}\">", html);
        Assert.Contains($"<h1>{heading}</h1>", html);
    }

    [Theory]
    [InlineData("fi", "Hei, Sanna Virtanen", "Omat asiakkaat", "Omat tehtävät")]
    [InlineData("sv", "Hej, Sanna Virtanen", "Mina klienter", "Mina uppgifter")]
    [InlineData("en", "Hello, Sanna Virtanen", "My clients", "My tasks")]
    public async Task Social_worker_signs_in_to_their_front_page(string language, string greeting, string clients, string tasks)
    {
        using var client = await factory.SignedInBrowserAsync("demo.sw", language);
        using var front = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, front.StatusCode);
        var html = TestClients.Text(await front.Content.ReadAsStringAsync());
        Assert.Contains(greeting, html);
        Assert.Contains(clients, html);
        Assert.Contains(tasks, html);
    }

    [Fact]
    public async Task Wrong_password_shows_one_neutral_message_and_keeps_the_user_name()
    {
        using var client = factory.Browser("en");
        using var response = await client.SubmitFormAsync("/sign-in", "sign-in", new Dictionary<string, string>
        {
            ["Input.UserName"] = "demo.sc",
            ["Input.Password"] = "wrong",
        });
        var html = TestClients.Text(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign-in failed. Check your user name and password.", html);
        Assert.Contains("value=\"demo.sc\"", html);
        Assert.DoesNotContain("wrong", html.Replace("Sign-in failed", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_form_asks_for_both_fields()
    {
        using var client = factory.Browser("sv");
        using var response = await client.SubmitFormAsync("/sign-in", "sign-in", new Dictionary<string, string>());
        Assert.Contains("Skriv användarnamn och lösenord.", TestClients.Text(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Pages_behind_an_action_send_an_anonymous_visitor_to_sign_in()
    {
        using var client = factory.Browser();
        using var response = await client.GetAsync("/organisation");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in", response.Headers.Location?.AbsolutePath);
        Assert.Contains("returnUrl=%2Forganisation", response.Headers.Location?.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_address_is_followed_only_within_the_site()
    {
        using var client = factory.Browser();
        using var local = await client.SubmitFormAsync("/sign-in?returnUrl=%2Forganisation", "sign-in", Credentials("demo.sw"));
        Assert.Equal(new Uri(factory.Server.BaseAddress, "/organisation"), local.Headers.Location);

        using var other = factory.Browser();
        using var foreign = await other.SubmitFormAsync("/sign-in?returnUrl=%2F%2Fevil.example", "sign-in", Credentials("demo.sw"));
        Assert.Equal(new Uri(factory.Server.BaseAddress, "/"), foreign.Headers.Location);
    }

    [Fact]
    public async Task Session_ends_after_the_idle_time()
    {
        using var client = await factory.SignedInBrowserAsync("demo.sc");
        using (var active = await client.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        }

        factory.Time.Advance(TimeSpan.FromMinutes(31));
        using var expired = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.Equal("/sign-in", expired.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var client = await factory.SignedInBrowserAsync("demo.lead");
        using var response = await client.SubmitFormAsync("/", null, new Dictionary<string, string>(), action: "/sign-out");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Sign_out_without_the_antiforgery_token_is_refused()
    {
        using var client = await factory.SignedInBrowserAsync("demo.lead");
        using var response = await client.PostAsync("/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var still = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    private static Dictionary<string, string> Credentials(string userName) => new()
    {
        ["Input.UserName"] = userName,
        ["Input.Password"] = DemoData.Password,
    };
}

public sealed class SignInPageTests_Sqlite(SqliteFactory factory) : SignInPageTests<SqliteFactory>(factory);

public sealed class SignInPageTests_Postgres(PostgresFactory factory) : SignInPageTests<PostgresFactory>(factory);
