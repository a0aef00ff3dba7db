using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Access;

public sealed record StateReasonInput(AccessReason? Reason, string? Explanation);

public sealed record StatedReasonView(
    Guid Id, Guid ClientId, string ClientName, Guid EmployeeId, string EmployeeName, AccessReason Reason, string Explanation,
    DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt, DateTimeOffset? ReviewedAt);

/// <summary>
/// Stepping outside the organisation's access policy with a stated reason ("break the glass"): the access is
/// granted for a working day, audited as such, shown to the client's responsible worker and listed for the registrar.
/// </summary>
public sealed class StatedReasonHandlers(PolkuDbContext db, ClientAccess access, AuditLog audit, Clock clock, IStringLocalizer<Strings> l)
{
    public const int ReviewPageSize = 50;

    public async Task<Result<StatedReasonView>> StateAsync(CurrentUser user, Guid clientId, StateReasonInput input, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.ClientRead, clientId, cancellationToken);
        if (check.Outcome == AccessOutcome.NotFound || (check.Outcome == AccessOutcome.Hidden && !check.MayStateReason))
        {
            return Result<StatedReasonView>.Refused(check);
        }

        if (check.Allowed)
        {
            return Result<StatedReasonView>.Conflict(l["Access.AlreadyOpen"]);
        }

        var validation = new Validation(l);
        if (input.Reason is not { } reason || !Enum.IsDefined(reason))
        {
            validation.Add("reason", "Validation.Required");
        }
        else if (reason == AccessReason.Other)
        {
            validation.RequiredText("explanation", input.Explanation, TextLimits.Explanation);
        }

        validation.MaxLength("explanation", input.Explanation, TextLimits.Explanation);
        if (!validation.IsValid)
        {
            return Result<StatedReasonView>.Invalid(validation.Errors);
        }

        var grant = StatedReasonAccess.Grant(user.OrganisationId, clientId, user.Id, input.Reason!.Value, input.Explanation ?? "", clock.Now);
        db.StatedReasonAccesses.Add(grant);
        audit.Stage(Actions.ClientAccessWithReason, clientId);
        await db.SaveChangesAsync(cancellationToken);
        return Result<StatedReasonView>.Created(await Views(Of(user.OrganisationId).Where(a => a.Id == grant.Id)).SingleAsync(cancellationToken));
    }

    /// <summary>The organisation's accesses with a stated reason, newest first, for the registrar's review.</summary>
    public async Task<PagedResult<StatedReasonView>> ReviewListAsync(CurrentUser user, bool unreviewedOnly, Paging paging, CancellationToken cancellationToken)
    {
        var query = Of(user.OrganisationId);
        if (unreviewedOnly)
        {
            query = query.Where(a => a.ReviewedAt == null);
        }

        var (total, exact) = await query.CountAsync(paging, cancellationToken);
        var rows = await Views(query.OrderByDescending(a => a.GrantedAt).ThenByDescending(a => a.Id).Skip(paging.Skip).Take(paging.PageSize))
            .ToListAsync(cancellationToken);
        audit.Read(rows.Select(r => r.ClientId));
        return new PagedResult<StatedReasonView>(rows, paging.Page, paging.PageSize, total, exact);
    }

    public async Task<Result<StatedReasonView>> MarkReviewedAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var grant = await db.StatedReasonAccesses.SingleOrDefaultAsync(a => a.Id == id && a.OrganisationId == user.OrganisationId, cancellationToken);
        if (grant is null)
        {
            return Result<StatedReasonView>.NotFound();
        }

        grant.MarkReviewed(user.Id, clock.Now);
        audit.Stage(Actions.AccessReasonReview, grant.ClientId);
        await db.SaveChangesAsync(cancellationToken);
        return Result<StatedReasonView>.Ok(await Views(Of(user.OrganisationId).Where(a => a.Id == id)).SingleAsync(cancellationToken));
    }

    /// <summary>Accesses with a stated reason to one client, for the client page of a caller that has checked the client.</summary>
    public Task<List<StatedReasonView>> ForClientAsync(Guid organisationId, Guid clientId, int limit, CancellationToken cancellationToken) =>
        Views(Of(organisationId).Where(a => a.ClientId == clientId).OrderByDescending(a => a.GrantedAt).Take(limit)).ToListAsync(cancellationToken);

    // The registrar reviews the organisation's log of its own staff's accesses: an organisation filter by design, not a client rule.
    private IQueryable<StatedReasonAccess> Of(Guid organisationId) =>
        db.StatedReasonAccesses.AsNoTracking().Where(a => a.OrganisationId == organisationId);

    private IQueryable<StatedReasonView> Views(IQueryable<StatedReasonAccess> accesses) =>
        from a in accesses
        join c in db.Clients on a.ClientId equals c.Id
        join e in db.Employees on a.EmployeeId equals e.Id
        select new StatedReasonView(a.Id, a.ClientId, c.LastName + " " + c.FirstNames, a.EmployeeId, e.FirstName + " " + e.LastName,
            a.Reason, a.Explanation, a.GrantedAt, a.ExpiresAt, a.ReviewedAt);
}
