using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Assessments;
using Polku.Domain.Referrals;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Home;

/// <summary>The front page is one's own work and the unassigned pile; a lead sees the team and the month's § 36 compliance.</summary>
public abstract class FrontPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PolkuFactory
{
    [Fact]
    public async Task A_workers_front_page_shows_their_own_referrals_and_the_unassigned_pile_only()
    {
        using var browser = await factory.SignedInBrowserAsync("demo.sw", "en");
        var html = TestClients.Text(await browser.GetStringAsync("/"));
        var tasks = Section(html, "my-tasks");
        Assert.Contains("Laaksonen Jari", tasks);
        Assert.Contains("Mäkinen Eetu", tasks);
        Assert.DoesNotContain("Karimi Ahmad", tasks); // nobody's yet
        Assert.Contains("Karimi Ahmad", Section(html, "unassigned"));

        // demo.sc's assessment in progress is on demo.sc's desk, not demo.sw's.
        Assert.DoesNotContain("Björkqvist", tasks);
        using var counsellor = await factory.SignedInBrowserAsync("demo.sc", "en");
        Assert.Contains("Björkqvist Linnea", Section(TestClients.Text(await counsellor.GetStringAsync("/")), "my-tasks"));
    }

    [Fact]
    public async Task A_lead_sees_overdue_referrals_by_worker_and_the_months_deadline_compliance()
    {
        // The demo has one assessment started this month from a referral, on time. Add one late and one on time.
        await AddStartedAsync(received: new DateOnly(2026, 11, 2), started: new DateOnly(2026, 11, 20)); // due 11.11. → late
        await AddStartedAsync(received: new DateOnly(2026, 11, 16), started: new DateOnly(2026, 11, 17)); // due 25.11. → on time
        await AddStartedAsync(received: new DateOnly(2026, 10, 1), started: new DateOnly(2026, 10, 5)); // last month: not counted

        using var browser = await factory.SignedInBrowserAsync("demo.lead", "en");
        var html = TestClients.Text(await browser.GetStringAsync("/"));
        var team = Section(html, "team");
        // The team's reviews due: Björkqvist's, overdue, is demo.sc's.
        Assert.Matches("Hold the plan review: Björkqvist Linnea</a>\\s*– <span class=\"overdue\">overdue since [0-9.]+</span>\\s*· Mikael Nyström", Section(html, "team-work"));
        Assert.Contains("This month 67% of assessments started within the deadline (SHL § 36): 2 of 3.", team);
        // Sanna's open referral is Laaksonen's, overdue; Mäkinen's was assessed and has a plan.
        Assert.Matches("Sanna Virtanen</th>\\s*<td><span class=\"overdue\">1</span></td>\\s*<td>1</td>", team);
    }

    private async Task AddStartedAsync(DateOnly received, DateOnly started)
    {
        var clientId = await factory.Client(DemoData.VaasaCode).InTeamOf("demo.sw").BuildAsync();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var client = await db.Clients.SingleAsync(c => c.Id == clientId);
        var author = await factory.UserIdAsync("demo.sc");
        var referral = new Referral
        {
            OrganisationId = client.OrganisationId, ClientId = clientId, SourceCode = "kela", ReceivedOn = received, Description = "x",
            AssessmentStartDueOn = Referral.AssessmentDeadline(received, false, 7), CreatedBy = author, CreatedAt = factory.Time.GetUtcNow(),
        };
        var assessment = new Assessment { OrganisationId = client.OrganisationId, ClientId = clientId, ReferralId = referral.Id, AuthorId = author, StartedOn = started };
        referral.StartAssessment(assessment.Id);
        db.Referrals.Add(referral);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section {id}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}

public sealed class FrontPageTests_Sqlite(SqliteFactory factory) : FrontPageTests<SqliteFactory>(factory);

public sealed class FrontPageTests_Postgres(PostgresFactory factory) : FrontPageTests<PostgresFactory>(factory);
