using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Services;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Commitments;

/// <summary>Sends a notice to a provider. The default only logs it; an SMTP sender is plugged in by registering another.</summary>
public interface INoticeSender
{
    /// <summary>Sends the notice, or throws: the outbox then keeps it and tries again later.</summary>
    Task SendAsync(ProviderNotice notice, CancellationToken cancellationToken);
}

/// <summary>Writes the notice to the log (no mail server is configured in the embedded run).</summary>
public sealed partial class LoggingNoticeSender(ILogger<LoggingNoticeSender> logger) : INoticeSender
{
    public Task SendAsync(ProviderNotice notice, CancellationToken cancellationToken)
    {
        Log(logger, notice.Id, notice.Kind, notice.To, notice.Subject);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notice {Id} ({Kind}) to {To}: {Subject}")]
    private static partial void Log(ILogger logger, Guid id, string kind, string to, string subject);
}

/// <summary>
/// The scheduled work of the notice outbox, run on every app node:
/// <list type="number">
/// <item>once a day (claimed by one node through a <see cref="JobRun"/> row), a notice to the provider for each
/// commitment that has entered its warning window, written once per commitment (a unique key on commitment and kind);</item>
/// <item>every run, the unsent notices: each claimed by one node with a conditional update before it is sent, so two
/// nodes never send the same notice; a failed one is tried again later.</item>
/// </list>
/// The database is the only coordination, so this needs no scheduler library: see <see cref="NoticeJobWorker"/>.
/// </summary>
public sealed partial class NoticeJobs(PolkuDbContext db, Clock clock, INoticeSender sender, IStringLocalizer<Strings> l, ILogger<NoticeJobs> logger)
{
    public const string WarningJob = "commitment-warnings";

    public const string EndingKind = "commitment-ending";

    /// <summary>How long a claimed notice is its node's: a node that dies mid-send lets another take it after this.</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    /// <summary>After this many failures a notice is left for a person to look at (its last error is kept).</summary>
    public const int MaxAttempts = 10;

    /// <summary>Writes today's warnings when this node is the one to claim today's run; false when another node did.</summary>
    public async Task<bool> WriteWarningsAsync(string node, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var slot = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Asked first so a node does not fail (and log) an insert every minute of a day another node has claimed;
        // the key still decides when two ask at the same moment.
        if (await db.JobRuns.AnyAsync(r => r.Job == WarningJob && r.Slot == slot, cancellationToken))
        {
            return false;
        }

        var run = new JobRun { Job = WarningJob, Slot = slot, StartedAt = clock.Now, Node = node };
        db.JobRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The slot's key is taken: another node runs today's scan (or has run it).
            db.Entry(run).State = EntityState.Detached;
            return false;
        }

        // Every commitment warning today with no notice yet: one that entered its window on a day no node ran is caught
        // up the next day.
        var until = today.AddDays(CommitmentHandlers.MaxWarningDays);
        var candidates = await db.PaymentCommitments.AsNoTracking()
            .Where(c => c.EndedOn == null && c.EndsOn >= today && c.EndsOn <= until
                && !db.ProviderNotices.Any(n => n.CommitmentId == c.Id && n.Kind == EndingKind))
            .OrderBy(c => c.EndsOn)
            .ToListAsync(cancellationToken);
        foreach (var commitment in candidates.Where(c => c.IsWarning(today)))
        {
            if (await NoticeForAsync(commitment, cancellationToken) is not { } notice)
            {
                NoAddress(logger, commitment.Id, commitment.ProviderId);
                continue;
            }

            db.ProviderNotices.Add(notice);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Written meanwhile by another node (the unique commitment and kind): one is enough.
                db.Entry(notice).State = EntityState.Detached;
            }
        }

        return true;
    }

    /// <summary>Sends the unsent notices no other node holds; the number this node sent.</summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var due = await db.ProviderNotices.AsNoTracking()
            .Where(n => n.SentAt == null && (n.ClaimedUntil == null || n.ClaimedUntil < now) && n.Attempts < MaxAttempts)
            .OrderBy(n => n.CreatedAt).Select(n => n.Id).Take(100)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
        {
            var claimedUntil = now.Add(ClaimFor);
            var claimed = await db.ProviderNotices
                .Where(n => n.Id == id && n.SentAt == null && (n.ClaimedUntil == null || n.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ClaimedUntil, claimedUntil), cancellationToken);
            if (claimed != 1)
            {
                continue;
            }

            var notice = await db.ProviderNotices.AsNoTracking().SingleAsync(n => n.Id == id, cancellationToken);
            try
            {
                await sender.SendAsync(notice, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                SendFailed(logger, exception, id);
                var error = exception.Message.Length > 200 ? exception.Message[..200] : exception.Message;
                // Tried again once the claim runs out, by whichever node comes first.
                await db.ProviderNotices.Where(n => n.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.Attempts, n => n.Attempts + 1).SetProperty(n => n.LastError, error), cancellationToken);
                continue;
            }

            var sentAt = clock.Now;
            await db.ProviderNotices.Where(n => n.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.SentAt, sentAt).SetProperty(n => n.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
            sent++;
        }

        return sent;
    }

    /// <summary>The warning, in the provider's language, to the first contact with an e-mail address; null when there is none.</summary>
    private async Task<ProviderNotice?> NoticeForAsync(PaymentCommitment commitment, CancellationToken cancellationToken)
    {
        var contacts = await db.Partnerships.AsNoTracking()
            .Where(p => p.OrganisationId == commitment.OrganisationId && p.ProviderId == commitment.ProviderId)
            .Select(p => p.Contacts).FirstOrDefaultAsync(cancellationToken);
        var to = contacts?.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c.Email))?.Email;
        if (to is null)
        {
            return null;
        }

        var languages = await db.Organisations.Where(o => o.Id == commitment.ProviderId).Select(o => o.Languages).SingleAsync(cancellationToken);
        var service = await db.Services.Where(s => s.Id == commitment.ServiceId).Select(s => s.Name).SingleAsync(cancellationToken);
        var language = languages.FirstOrDefault() is "sv" ? "sv" : "fi";
        using var inLanguage = UiLanguage.Use(language);
        // The client is not named in an e-mail: the provider finds the commitment in Polku by its number.
        return new ProviderNotice
        {
            OrganisationId = commitment.OrganisationId,
            ProviderId = commitment.ProviderId,
            CommitmentId = commitment.Id,
            Kind = EndingKind,
            To = to,
            Subject = l["Notices.Ending.Subject", service.In(language), Format.Date(commitment.EndsOn)],
            Body = l["Notices.Ending.Body", service.In(language), Format.Date(commitment.StartsOn), Format.Date(commitment.EndsOn), commitment.Id,
                Format.Number(commitment.UnitsLeft)],
            CreatedAt = clock.Now,
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Commitment {CommitmentId}: provider {ProviderId} has no contact e-mail; no notice written.")]
    private static partial void NoAddress(ILogger logger, Guid commitmentId, Guid providerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice {Id} could not be sent; it is tried again later.")]
    private static partial void SendFailed(ILogger logger, Exception exception, Guid id);
}

/// <summary>
/// Runs <see cref="NoticeJobs"/> every minute (<c>Polku:Jobs:Interval</c>) on every node.
/// <para>
/// design.md names Quartz.NET for jobs. Polku's jobs are few and coarse (a daily scan, an outbox), and what they need
/// from a scheduler is that a run happens once across nodes and survives restarts. Both come here from the database
/// Polku already has, on SQLite and PostgreSQL alike: the day's run is a row with a unique key (the node whose insert
/// succeeds runs it), each notice is claimed by a conditional update that only one node's row count of 1 wins, and
/// everything not yet sent stays in the outbox table across restarts. Quartz would add its own dozen tables in two
/// dialects (its clustered store is not written for SQLite), a second migration path beside EF's, and clock handling
/// outside the injected <see cref="TimeProvider"/> that every test here controls. Should the jobs grow into calendars
/// and misfire policies, Quartz can take this class's place behind the same <see cref="NoticeJobs"/>.
/// </para>
/// </summary>
public sealed partial class NoticeJobWorker(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<NoticeJobWorker> logger) : BackgroundService
{
    /// <summary>This node's name in <see cref="JobRun.Node"/>, for telling afterwards who ran a day.</summary>
    public static readonly string Node = $"{Environment.MachineName}:{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue<TimeSpan?>("Polku:Jobs:Interval") ?? TimeSpan.FromMinutes(1);
        if (interval <= TimeSpan.Zero)
        {
            // Switched off (the tests run the jobs themselves).
            return;
        }

        // The first run waits an interval, so the app has migrated and seeded its database before.
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(scopes, Node, logger, stoppingToken);
        }
    }

    /// <summary>One run: today's warnings and audit partitions if this node claims the day, then the outbox.</summary>
    public static async Task RunOnceAsync(IServiceScopeFactory scopes, string node, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                if (await scope.ServiceProvider.GetRequiredService<NoticeJobs>().WriteWarningsAsync(node, cancellationToken))
                {
                    // The node that runs the day's scan also makes the coming months' audit partitions (PostgreSQL).
                    await AuditPartitions.EnsureAsync(
                        scope.ServiceProvider.GetRequiredService<PolkuDbContext>(), scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken);
                }
            }

            await using (var scope = scopes.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<NoticeJobs>().SendAsync(cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            RunFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The notice jobs failed; trying again at the next interval.")]
    private static partial void RunFailed(ILogger logger, Exception exception);
}
