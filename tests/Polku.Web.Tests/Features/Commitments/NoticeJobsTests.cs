using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Domain.Services;
using Polku.Web.Features.Commitments;
using Polku.Web.Tests.Features.Decisions;
using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Features.Commitments;

/// <summary>
/// The expiry warning and the provider notices with time moved by the fake clock, on both databases: the warning
/// appears exactly the organisation's number of days before the end and not the day before; an ended commitment gives
/// none; a notice left in the outbox is sent by the next instance of the app.
/// </summary>
public abstract class NoticeJobsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : PolkuFactory
{
    protected abstract string Provider { get; }

    public Task InitializeAsync() => factory.EnsureAppealInstructionsAsync(Polku.Data.Seed.DemoData.VaasaCode);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_warning_and_the_notice_come_exactly_warning_days_before_the_end_and_not_for_an_ended_commitment()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var (_, decision) = await factory.GrantedAsync(worker);
        var starts = decision.GetProperty("content").Date("startsOn");
        var upseeri = await factory.ServiceIdAsync("upseeri");
        var ends = factory.Today.AddDays(50);
        var watched = await worker.GiveAsync(decision, upseeri, starts, ends);
        var (_, other) = await factory.GrantedAsync(worker);
        var ended = await worker.GiveAsync(other, upseeri, starts, ends);
        await worker.PostJsonAsync($"/api/v1/commitments/{ended.Id()}/end", new { on = factory.Today.AddDays(30).Iso(), version = ended.Version() }, System.Net.HttpStatusCode.OK);

        // The app as it runs on later days: its own clock, moved forward a day at a time.
        await using var later = await SecondInstance.OnSameDatabaseAsync(factory, Provider, new CountingNoticeSender());
        var link = $"commitments/{watched.Id()}";

        // The day before the window: no warning on the page, the front pages or in the outbox.
        MoveTo(later, ends.AddDays(-31));
        Assert.True(await WriteWarningsAsync(later));
        Assert.False((await GetAsync(later, watched.Id())).GetProperty("warning").GetBoolean());
        Assert.Equal(0, await NoticesAsync(watched.Id()));
        Assert.DoesNotContain(link, await FrontPageAsync(later, "demo.sw"), StringComparison.Ordinal);
        Assert.DoesNotContain(link, await FrontPageAsync(later, "demo.provider"), StringComparison.Ordinal);

        // Thirty days before: the warning shows on both front pages and the notice is written, once, however often the job runs.
        MoveTo(later, ends.AddDays(-30));
        Assert.True(await WriteWarningsAsync(later));
        Assert.False(await WriteWarningsAsync(later)); // the day is claimed
        Assert.True((await GetAsync(later, watched.Id())).GetProperty("warning").GetBoolean());
        Assert.Equal(1, await NoticesAsync(watched.Id()));
        Assert.Contains(link, await FrontPageAsync(later, "demo.sw"), StringComparison.Ordinal);
        Assert.Contains(link, await FrontPageAsync(later, "demo.provider"), StringComparison.Ordinal);

        // The ended one (its last day passed before) gives none, on any later day either.
        Assert.Equal(0, await NoticesAsync(ended.Id()));
        MoveTo(later, ends.AddDays(-5));
        Assert.True(await WriteWarningsAsync(later));
        Assert.Equal(0, await NoticesAsync(ended.Id()));
        Assert.Equal(1, await NoticesAsync(watched.Id()));

        // The notice is in the provider's language, to the partnership's first contact, without the client's name.
        using var scope = factory.Services.CreateScope();
        var notice = await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().ProviderNotices.SingleAsync(n => n.CommitmentId == watched.Id());
        Assert.Equal("palvelut@pspy.example.invalid", notice.To);
        Assert.StartsWith("Maksusitoumus päättyy " + ends.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture), notice.Subject, StringComparison.Ordinal);
        Assert.Equal(NoticeJobs.EndingKind, notice.Kind);
    }

    [Fact]
    public async Task A_notice_written_before_a_restart_is_sent_by_the_next_instance_and_a_failure_is_tried_again()
    {
        var commitmentId = await NewCommitmentAsync();
        Guid waiting;
        Guid heldByLiveNode;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
            var commitment = await db.PaymentCommitments.AsNoTracking().SingleAsync(c => c.Id == commitmentId);
            var now = factory.Time.GetUtcNow();
            // One left by a node that stopped mid-send (its claim ran out), one a live node holds right now.
            var left = Notice(commitment, "test-left", now.AddMinutes(-1));
            var held = Notice(commitment, "test-held", now.AddMinutes(4));
            db.ProviderNotices.AddRange(left, held);
            await db.SaveChangesAsync();
            waiting = left.Id;
            heldByLiveNode = held.Id;
        }

        var sender = new FailingOnceSender(waiting);
        await using var next = await SecondInstance.OnSameDatabaseAsync(factory, Provider, sender);
        await next.RunJobsAsync("restarted");
        Assert.False(sender.Delivered.ContainsKey(waiting));
        Assert.False(sender.Delivered.ContainsKey(heldByLiveNode));
        var afterFailure = await NoticeAsync(waiting);
        Assert.Null(afterFailure.SentAt);
        Assert.Equal(1, afterFailure.Attempts);
        Assert.Equal("mail server down", afterFailure.LastError);

        // Tried again once the failed attempt's claim has run out; the live node's claim has run out by then too.
        next.Time.Advance(NoticeJobs.ClaimFor + TimeSpan.FromSeconds(1));
        await next.RunJobsAsync("restarted");
        Assert.Equal(1, sender.Delivered[waiting]);
        Assert.NotNull((await NoticeAsync(waiting)).SentAt);
        Assert.Equal(1, sender.Delivered[heldByLiveNode]);

        // Nothing is sent twice on later runs.
        next.Time.Advance(TimeSpan.FromMinutes(10));
        await next.RunJobsAsync("restarted");
        Assert.Equal(1, sender.Delivered[waiting]);
    }

    private async Task<Guid> NewCommitmentAsync()
    {
        using var worker = await factory.ApiAsync("demo.sw");
        var (_, decision) = await factory.GrantedAsync(worker);
        var starts = decision.GetProperty("content").Date("startsOn");
        return (await worker.GiveAsync(decision, await factory.ServiceIdAsync("upseeri"), starts, starts.AddMonths(5))).Id();
    }

    private static ProviderNotice Notice(PaymentCommitment commitment, string kind, DateTimeOffset claimedUntil) => new()
    {
        OrganisationId = commitment.OrganisationId, ProviderId = commitment.ProviderId, CommitmentId = commitment.Id, Kind = kind,
        To = "palvelut@pspy.example.invalid", Subject = "s", Body = "b", CreatedAt = claimedUntil.AddMinutes(-10), ClaimedUntil = claimedUntil,
    };

    private static void MoveTo(SecondInstance instance, DateOnly day) =>
        instance.Time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));

    private static async Task<bool> WriteWarningsAsync(SecondInstance instance)
    {
        using var scope = instance.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<NoticeJobs>().WriteWarningsAsync("test", CancellationToken.None);
    }

    private async Task<int> NoticesAsync(Guid commitmentId)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().ProviderNotices.CountAsync(n => n.CommitmentId == commitmentId && n.Kind == NoticeJobs.EndingKind);
    }

    private async Task<ProviderNotice> NoticeAsync(Guid id)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PolkuDbContext>().ProviderNotices.AsNoTracking().SingleAsync(n => n.Id == id);
    }

    private static async Task<JsonElement> GetAsync(PolkuFactory instance, Guid id)
    {
        using var api = await instance.ApiAsync("demo.sw");
        return await api.GetFromJsonAsync<JsonElement>($"/api/v1/commitments/{id}");
    }

    private static async Task<string> FrontPageAsync(PolkuFactory instance, string userName)
    {
        using var browser = await instance.SignedInBrowserAsync(userName, "en");
        return await browser.GetStringAsync("/");
    }

    /// <summary>Fails the first attempt at one notice, as a mail server that is down for a moment.</summary>
    private sealed class FailingOnceSender(Guid failFirst) : INoticeSender
    {
        private int failures;

        public ConcurrentDictionary<Guid, int> Delivered { get; } = new();

        public Task SendAsync(ProviderNotice notice, CancellationToken cancellationToken)
        {
            if (notice.Id == failFirst && Interlocked.Increment(ref failures) == 1)
            {
                throw new InvalidOperationException("mail server down");
            }

            Delivered.AddOrUpdate(notice.Id, 1, (_, count) => count + 1);
            return Task.CompletedTask;
        }
    }
}

public sealed class NoticeJobsTests_Sqlite(SqliteFactory factory) : NoticeJobsTests<SqliteFactory>(factory)
{
    protected override string Provider => "Sqlite";
}

public sealed class NoticeJobsTests_Postgres(PostgresFactory factory) : NoticeJobsTests<PostgresFactory>(factory)
{
    protected override string Provider => "Postgres";
}
