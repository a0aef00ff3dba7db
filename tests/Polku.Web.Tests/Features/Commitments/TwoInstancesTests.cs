using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Domain.Services;
using Polku.Web.Features.Commitments;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Commitments;

/// <summary>
/// Two app instances on one PostgreSQL database run the scheduled jobs at the same time, again and again: the day's
/// warning run is claimed once, and every notice in the outbox is sent exactly once (one sender counts for both).
/// </summary>
public sealed class TwoInstancesTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task Two_instances_on_one_database_claim_the_day_once_and_send_each_notice_exactly_once()
    {
        // Work for both: notices already waiting, besides the demo's commitment that warns today.
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
            var commitment = await db.PaymentCommitments.AsNoTracking().FirstAsync();
            db.ProviderNotices.AddRange(Enumerable.Range(0, 40).Select(i => new ProviderNotice
            {
                OrganisationId = commitment.OrganisationId, ProviderId = commitment.ProviderId, Kind = "test", To = "palvelut@pspy.example.invalid",
                Subject = $"Notice {i}", Body = "b", CreatedAt = factory.Time.GetUtcNow().AddMinutes(-i),
            }));
            await db.SaveChangesAsync();
        }

        var sender = new CountingNoticeSender();
        await using var first = await SecondInstance.OnSameDatabaseAsync(factory, "Postgres", sender);
        await using var second = await SecondInstance.OnSameDatabaseAsync(factory, "Postgres", sender);

        // Both job loops at once, several rounds, each instance claiming and sending in parallel with the other.
        for (var round = 0; round < 4; round++)
        {
            await Task.WhenAll(
                Task.Run(() => first.RunJobsAsync("node-a")), Task.Run(() => second.RunJobsAsync("node-b")),
                Task.Run(() => first.RunJobsAsync("node-a")), Task.Run(() => second.RunJobsAsync("node-b")));
        }

        using var check = factory.Services.CreateScope();
        var database = check.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var notices = await database.ProviderNotices.AsNoTracking().ToListAsync();
        Assert.Contains(notices, n => n.Kind == NoticeJobs.EndingKind); // the demo's ending commitment was noticed today
        Assert.All(notices, n => Assert.NotNull(n.SentAt));
        Assert.Equal(notices.Select(n => n.Id).Order(), sender.Sent.Keys.Order());
        Assert.All(sender.Sent, s => Assert.Equal(1, s.Value));
        var runs = await database.JobRuns.AsNoTracking().Where(r => r.Job == NoticeJobs.WarningJob).ToListAsync();
        var today = Assert.Single(runs);
        Assert.True(today.Node is "node-a" or "node-b", today.Node);
        Assert.Single(notices, n => n.Kind == NoticeJobs.EndingKind && n.CommitmentId == notices.First(m => m.Kind == NoticeJobs.EndingKind).CommitmentId);
    }
}
