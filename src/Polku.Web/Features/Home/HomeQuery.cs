using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Assessments;
using Polku.Domain.Calendar;
using Polku.Domain.Referrals;
using Polku.Web.Features.Clients;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Home;

public sealed record MyClient(Guid Id, string Name, string? MaskedIdentityCode);

public sealed record OpenReferral(Guid Id, Guid ClientId, string ClientName, string Source, DateOnly ReceivedOn, DateOnly DueOn, int WorkingDaysLeft, bool Overdue);

public sealed record AssessmentInProgress(Guid Id, Guid ClientId, string ClientName, DateOnly StartedOn);

public sealed record WorkerFrontPage(int Caseload, IReadOnlyList<MyClient> MyClients, IReadOnlyList<OpenReferral> OpenReferrals, IReadOnlyList<AssessmentInProgress> AssessmentsInProgress);

/// <summary>A worker's day at a glance: their clients, the unit's open referrals by deadline, their unfinished assessments.</summary>
public sealed class HomeQuery(PolkuDbContext db, ClientAccess access, AuditLog audit, Clock clock)
{
    public const int Limit = 20;

    public async Task<WorkerFrontPage> ForWorkerAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var visible = access.Clients(user, Actions.ClientRead);
        var mine = visible.Where(c => c.ResponsibleWorkerId == user.Id);
        var caseload = await mine.CountAsync(cancellationToken);
        var clients = await mine.OrderBy(c => c.SearchName).Take(Limit)
            .Select(c => new { c.Id, c.LastName, c.FirstNames, c.IdentityCode }).ToListAsync(cancellationToken);
        var referrals = await (
                from r in db.Referrals.AsNoTracking()
                join c in visible on r.ClientId equals c.Id
                where r.Status == ReferralStatus.Open
                orderby r.AssessmentStartDueOn, r.ReceivedOn
                select new { r.Id, r.ClientId, Name = c.LastName + " " + c.FirstNames, r.SourceCode, r.ReceivedOn, r.AssessmentStartDueOn })
            .Take(Limit).ToListAsync(cancellationToken);
        var assessments = await (
                from a in db.Assessments.AsNoTracking()
                join c in visible on a.ClientId equals c.Id
                where a.AuthorId == user.Id && a.Status == AssessmentStatus.InProgress
                orderby a.StartedOn
                select new AssessmentInProgress(a.Id, a.ClientId, c.LastName + " " + c.FirstNames, a.StartedOn))
            .Take(Limit).ToListAsync(cancellationToken);

        audit.Read(clients.Select(c => c.Id).Concat(referrals.Select(r => r.ClientId)).Concat(assessments.Select(a => a.ClientId)));

        var today = clock.Today;
        return new WorkerFrontPage(
            caseload,
            clients.Select(c => new MyClient(c.Id, $"{c.LastName} {c.FirstNames}", ClientHandlers.Mask(c.IdentityCode))).ToList(),
            referrals.Select(r => new OpenReferral(r.Id, r.ClientId, r.Name, r.SourceCode, r.ReceivedOn, r.AssessmentStartDueOn,
                WorkingDays.Between(today, r.AssessmentStartDueOn), r.AssessmentStartDueOn < today)).ToList(),
            assessments);
    }
}
