using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Audit;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.AuditTrail;

public sealed record AuditEntry(DateTimeOffset OccurredAt, Guid? UserId, string? UserName, string Action, string? ServiceTaskCode, AuditOutcome Outcome);

/// <summary>
/// Who has processed a person's data (Act 254/2015): the answer to a person's request, newest first.
/// Looking is itself processing, so it is audited too.
/// </summary>
public sealed class AuditTrailQuery(PolkuDbContext db, AuditLog audit)
{
    public async Task<PagedResult<AuditEntry>> ForPersonAsync(CurrentUser user, Guid personId, Paging paging, CancellationToken cancellationToken)
    {
        var events = db.AuditEvents.AsNoTracking()
            .Where(e => e.OrganisationId == user.OrganisationId && e.Subjects.Any(s => s.PersonId == personId));
        var total = await events.CountAsync(cancellationToken);
        var items = await events
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(e => new AuditEntry(
                e.OccurredAt,
                e.UserId,
                db.Employees.Where(x => x.Id == e.UserId).Select(x => x.FirstName + " " + x.LastName).FirstOrDefault(),
                e.Action,
                e.ServiceTaskCode,
                e.Outcome))
            .ToListAsync(cancellationToken);
        audit.Read(personId);
        return new PagedResult<AuditEntry>(items, paging.Page, paging.PageSize, total);
    }
}
