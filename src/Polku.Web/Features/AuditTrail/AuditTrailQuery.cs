using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Audit;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.AuditTrail;

/// <summary>One processing of the person's data; <see cref="ServiceTask"/> is the service task's name in the user's language.</summary>
public sealed record AuditEntry(DateTimeOffset OccurredAt, Guid? UserId, string? UserName, string Action, string? ServiceTaskCode, string? ServiceTask, AuditOutcome Outcome);

/// <summary>
/// Who has processed a person's data (Act 254/2015): the answer to a person's request, newest first.
/// Looking is itself processing, so it is audited too.
/// </summary>
public sealed class AuditTrailQuery(PolkuDbContext db, ClientAccess access, AuditLog audit)
{
    /// <summary>The trail of the client with this henkilötunnus in the user's organisation; null when there is none.</summary>
    public async Task<PagedResult<AuditEntry>?> ForIdentityCodeAsync(CurrentUser user, string? identityCode, Paging paging, CancellationToken cancellationToken)
    {
        var code = identityCode?.Trim().ToUpperInvariant();
        var personId = string.IsNullOrEmpty(code) ? null
            : await access.Clients(user, Actions.AuditRead).Where(c => c.IdentityCode == code).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        return personId is null ? null : await ForPersonAsync(user, personId.Value, paging, cancellationToken);
    }

    public async Task<PagedResult<AuditEntry>> ForPersonAsync(CurrentUser user, Guid personId, Paging paging, CancellationToken cancellationToken)
    {
        var events = db.AuditEvents.AsNoTracking()
            .Where(e => e.OrganisationId == user.OrganisationId && e.Subjects.Any(s => s.PersonId == personId));
        var (total, exact) = await events.CountAsync(paging, cancellationToken);
        var items = await events
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(e => new
            {
                e.OccurredAt,
                e.UserId,
                UserName = db.Employees.Where(x => x.Id == e.UserId).Select(x => x.FirstName + " " + x.LastName).FirstOrDefault(),
                e.Action,
                e.ServiceTaskCode,
                e.Outcome,
            })
            .ToListAsync(cancellationToken);
        // A handful of service tasks: their names in one small query rather than per row.
        var tasks = await db.ServiceTasks.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, cancellationToken);
        audit.Read(personId);
        var language = Infrastructure.Localization.UiLanguage.Current;
        return new PagedResult<AuditEntry>(
            items.Select(e => new AuditEntry(e.OccurredAt, e.UserId, e.UserName, e.Action, e.ServiceTaskCode,
                e.ServiceTaskCode is { } task && tasks.TryGetValue(task, out var name) ? name.In(language) : e.ServiceTaskCode, e.Outcome)).ToList(),
            paging.Page, paging.PageSize, total, exact);
    }
}
