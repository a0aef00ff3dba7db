using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Accessibility;

public abstract class StatementTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Theory]
    [InlineData("fi", "Saavutettavuusseloste", "306/2019")]
    [InlineData("sv", "Tillgänglighetsutlåtande", "306/2019")]
    [InlineData("en", "Accessibility statement", "306/2019")]
    public async Task Statement_is_public_in_every_language(string language, string heading, string act)
    {
        using var client = factory.Browser(language);
        var html = TestClients.Text(await client.GetStringAsync("/accessibility"));
        Assert.Contains($"<h1>{heading}</h1>", html);
        Assert.Contains(act, html);
    }

    [Fact]
    public async Task Feedback_is_stored_and_thanked_for()
    {
        var message = $"Kontrasti on heikko {Guid.NewGuid():N}";
        using var client = factory.Browser();
        using var response = await client.SubmitFormAsync("/accessibility", "accessibility-feedback", new Dictionary<string, string>
        {
            ["Input.Message"] = message,
            ["Input.Page"] = "/sign-in",
            ["Input.ReplyTo"] = "palaute@example.invalid",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kiitos palautteesta", TestClients.Text(await response.Content.ReadAsStringAsync()));

        using var scope = factory.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().AccessibilityFeedback.SingleAsync(f => f.Message == message);
        Assert.Equal("palaute@example.invalid", stored.ReplyTo);
    }

    [Fact]
    public async Task Bad_feedback_is_explained_and_what_was_typed_is_kept()
    {
        using var client = factory.Browser("en");
        using var response = await client.SubmitFormAsync("/accessibility", "accessibility-feedback", new Dictionary<string, string>
        {
            ["Input.Message"] = "",
            ["Input.ReplyTo"] = "not-an-address",
        });
        var html = TestClients.Text(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Write your feedback.", html);
        Assert.Contains("An email address looks like name@example.com.", html);
        Assert.Contains("value=\"not-an-address\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
    }

    [Fact]
    public async Task Administrator_reads_the_feedback()
    {
        using var client = await factory.SignedInBrowserAsync("demo.admin", "en");
        using var response = await client.GetAsync("/accessibility/feedback");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Accessibility feedback</h1>", TestClients.Text(await response.Content.ReadAsStringAsync()));
    }
}

public sealed class StatementTests_Sqlite(SqliteFactory factory) : StatementTests<SqliteFactory>(factory);

public sealed class StatementTests_Postgres(PostgresFactory factory) : StatementTests<PostgresFactory>(factory);
