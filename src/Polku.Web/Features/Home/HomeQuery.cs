using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Calendar;
using Polku.Domain.Referrals;
using Polku.Web.Features.People;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Home;

public sealed record MyClient(Guid Id, string Name, DateOnly? NextDueOn);

public sealed record QueueItem(WorkItem Item, int? WorkingDaysLeft, bool Overdue);

public sealed record OpenReferral(Guid Id, Guid ClientId, string ClientName, DateOnly ReceivedOn, DateOnly DueOn, int WorkingDaysLeft, bool Overdue);

/// <summary>A worker's own desk: their queue (overdue first), the intake pile nobody has taken, and their clients.</summary>
public sealed record WorkerFrontPage(
    IReadOnlyList<QueueItem> Queue, int OverdueCount, IReadOnlyList<OpenReferral> Unassigned, int UnassignedCount,
    int Caseload, IReadOnlyList<MyClient> MyClients);

public sealed record WorkerLoad(Guid? WorkerId, string? Name, int Overdue, int Open);

/// <summary>The month's share of assessments started within the § 36 deadline, of those started from a referral.</summary>
public sealed record DeadlineCompliance(int Started, int OnTime)
{
    public int? Percent => Started == 0 ? null : (int)Math.Round(100.0 * OnTime / Started, MidpointRounding.AwayFromZero);
}

/// <summary>A lead's view of the team: open and overdue referrals by handling worker, and this month's deadline compliance.</summary>
public sealed record TeamOverview(
    IReadOnlyList<WorkerLoad> ByWorker, int UnassignedCount, DeadlineCompliance ThisMonth, IReadOnlyList<TeamWorkItem> Work, IReadOnlyList<TeamFigure> Figures);

public sealed class HomeQuery(
    PolkuDbContext db, ClientAccess access, IEnumerable<IWorkQueueSource> sources, IEnumerable<ITeamFigure> figures, EmployeeNames employees, AuditLog audit, Clock clock)
{
    public const int Limit = 20;

    /// <summary>The user's own queue from every feature, overdue first (also the desk of a lead or a steering group member).</summary>
    public async Task<(IReadOnlyList<QueueItem> Queue, int OverdueCount)> QueueAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var work = new List<WorkItem>();
        foreach (var source in sources)
        {
            work.AddRange(await source.MineAsync(user, Limit, cancellationToken));
        }

        var queue = work
            .Select(i => new QueueItem(i, i.DueOn is { } due ? WorkingDays.Between(today, due) : null, i.DueOn < today))
            .OrderByDescending(i => i.Overdue).ThenBy(i => i.Item.DueOn ?? DateOnly.MaxValue).ThenBy(i => i.Item.ClientName, StringComparer.Ordinal)
            .Take(Limit)
            .ToList();
        return (queue, work.Count(i => i.DueOn < today));
    }

    public async Task<WorkerFrontPage> ForWorkerAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var (queue, overdueCount) = await QueueAsync(user, cancellationToken);

        var visible = access.Clients(user, Actions.ReferralList);
        var unassigned =
            from r in db.Referrals.AsNoTracking()
            join c in visible on r.ClientId equals c.Id
            where r.HandlerId == null && r.Status == ReferralStatus.Open
            select new { r.Id, r.ClientId, Name = c.LastName + " " + c.FirstNames, r.ReceivedOn, r.AssessmentStartDueOn };
        var unassignedCount = await unassigned.CountAsync(cancellationToken);
        var pile = await unassigned.OrderBy(r => r.AssessmentStartDueOn).ThenBy(r => r.Id).Take(Limit).ToListAsync(cancellationToken);

        var userId = user.Id;
        var mine = access.Clients(user, Actions.ClientRead).Where(c => c.ResponsibleWorkerId == userId);
        var caseload = await mine.CountAsync(cancellationToken);
        var clients = await mine
            .Select(c => new
            {
                c.Id, c.SearchName, Name = c.LastName + " " + c.FirstNames,
                NextDue = db.Referrals.Where(r => r.ClientId == c.Id && r.Status == ReferralStatus.Open).Min(r => (DateOnly?)r.AssessmentStartDueOn),
            })
            .OrderBy(c => c.NextDue == null).ThenBy(c => c.NextDue).ThenBy(c => c.SearchName)
            .Take(Limit).ToListAsync(cancellationToken);

        audit.Read(queue.Select(q => q.Item.ClientId).Concat(pile.Select(r => r.ClientId)).Concat(clients.Select(c => c.Id)));
        return new WorkerFrontPage(
            queue, overdueCount,
            pile.Select(r => new OpenReferral(r.Id, r.ClientId, r.Name, r.ReceivedOn, r.AssessmentStartDueOn,
                WorkingDays.Between(today, r.AssessmentStartDueOn), r.AssessmentStartDueOn < today)).ToList(),
            unassignedCount, caseload, clients.Select(c => new MyClient(c.Id, c.Name, c.NextDue)).ToList());
    }

    /// <summary>
    /// The team a lead sees (the clients the rules let them see): referral counts by worker, so no client is named there,
    /// and the team's work the features list for leads (reviews due), each client named and the view audited by its source.
    /// </summary>
    public async Task<TeamOverview> ForLeadAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var visible = access.Clients(user, Actions.ReferralList);
        var open =
            from r in db.Referrals.AsNoTracking()
            join c in visible on r.ClientId equals c.Id
            where r.Status == ReferralStatus.Open
            select r;
        var byWorker = await open
            .GroupBy(r => r.HandlerId)
            .Select(g => new { WorkerId = g.Key, Open = g.Count(), Overdue = g.Count(r => r.AssessmentStartDueOn < today) })
            .ToListAsync(cancellationToken);
        var ids = byWorker.Select(w => w.WorkerId).OfType<Guid>().ToList();
        var names = await employees.ForAsync(ids, cancellationToken);

        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var started =
            from a in db.Assessments.AsNoTracking()
            join c in visible on a.ClientId equals c.Id
            join r in db.Referrals on a.ReferralId equals r.Id
            where a.StartedOn >= monthStart && a.StartedOn <= today
            select new { a.StartedOn, r.AssessmentStartDueOn };
        var compliance = new DeadlineCompliance(
            await started.CountAsync(cancellationToken),
            await started.CountAsync(s => s.StartedOn <= s.AssessmentStartDueOn, cancellationToken));

        var work = new List<TeamWorkItem>();
        foreach (var source in sources)
        {
            work.AddRange(await source.TeamAsync(user, Limit, cancellationToken));
        }

        var shown = new List<TeamFigure>();
        foreach (var figure in figures)
        {
            if (await figure.FigureAsync(user, cancellationToken) is { } value)
            {
                shown.Add(value);
            }
        }

        return new TeamOverview(
            byWorker.Select(w => new WorkerLoad(w.WorkerId, w.WorkerId is { } id ? names.GetValueOrDefault(id) : null, w.Overdue, w.Open))
                .OrderByDescending(w => w.Overdue).ThenBy(w => w.Name ?? "", StringComparer.Ordinal).ToList(),
            byWorker.Where(w => w.WorkerId is null).Sum(w => w.Open),
            compliance,
            work.OrderBy(w => w.Item.DueOn ?? DateOnly.MaxValue).ThenBy(w => w.Item.ClientName, StringComparer.Ordinal).Take(Limit).ToList(),
            shown);
    }
}
