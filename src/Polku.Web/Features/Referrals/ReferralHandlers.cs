using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Calendar;
using Polku.Domain.CodeLists;
using Polku.Domain.Common;
using Polku.Domain.People;
using Polku.Domain.Referrals;
using Polku.Web.Features.Clients;
using Polku.Web.Features.CodeLists;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Referrals;

/// <summary>
/// A referral as taken in. The notifier (SHL § 35): <see cref="Source"/> is who made it (code list), with their name,
/// organisation and contact. <see cref="HandleMyself"/> puts the referral on the taker's own pile;
/// <see cref="ResponsibleWorkerId"/> names the client's responsible worker at the same time (§ 42).
/// </summary>
public sealed record ReferralInput(
    Guid? ClientId, string? Source, DateOnly? ReceivedOn, string? Description, bool ConsentGiven, bool Urgent, bool SpecialGroup,
    string? NotifierName = null, string? NotifierOrganisation = null, string? NotifierContact = null, bool? ClientInformed = null,
    bool HandleMyself = false, Guid? ResponsibleWorkerId = null);

public sealed record ReferralView(
    Guid Id, Guid ClientId, string ClientName, string Source, DateOnly ReceivedOn, string Description,
    string NotifierName, string NotifierOrganisation, string NotifierContact, bool? ClientInformed,
    bool ConsentGiven, bool Urgent, bool SpecialGroup, DateOnly AssessmentStartDueOn, ReferralStatus Status,
    Guid? AssessmentId, WorkerRef? Handler, int WorkingDaysLeft, bool Overdue, IReadOnlyList<string> PermittedActions);

public sealed record HandlerInput(Guid? EmployeeId);

/// <summary>Whose referrals a list shows: the user's own, the unassigned pile, or all the user may see.</summary>
public enum ReferralScope
{
    All,
    Mine,
    Unassigned,
}

public sealed record ReferralFilter(ReferralScope Scope = ReferralScope.All, ReferralStatus? Status = null, string? Source = null, Guid? ClientId = null);

/// <summary>Referrals and contacts (SHL § 35), their handling worker and the deadline to start the assessment (SHL § 36).</summary>
public sealed class ReferralHandlers(
    PolkuDbContext db, ClientAccess access, ClientHandlers clients, AuditLog audit, Clock clock, CodeListQuery codes, IStringLocalizer<Strings> l)
{
    public async Task<Result<ReferralView>> CreateAsync(CurrentUser user, ReferralInput input, CancellationToken cancellationToken)
    {
        var validation = new Validation(l);
        var check = input.ClientId is { } clientId ? await access.CheckAsync(user, Actions.ReferralCreate, clientId, cancellationToken) : null;
        if (check is { Outcome: AccessOutcome.Hidden })
        {
            return Result<ReferralView>.Refused(check);
        }

        if (check is not { Allowed: true })
        {
            validation.Add("clientId", "Referrals.ClientUnknown");
        }

        if (validation.Required("source", input.Source) && !await codes.IsValidAsync(user, CodeListNames.ReferralSources, input.Source, cancellationToken))
        {
            validation.Add("source", "Validation.UnknownCode");
        }

        if (input.ReceivedOn is null)
        {
            validation.Add("receivedOn", "Validation.Required");
        }

        validation.NotInFuture("receivedOn", input.ReceivedOn, clock.Today);
        validation.RequiredText("description", input.Description, TextLimits.Text);
        validation.MaxLength("notifierName", input.NotifierName, TextLimits.Name);
        validation.MaxLength("notifierOrganisation", input.NotifierOrganisation, TextLimits.Name);
        validation.MaxLength("notifierContact", input.NotifierContact, TextLimits.Address);
        if (!validation.IsValid)
        {
            return Result<ReferralView>.Invalid(validation.Errors);
        }

        if (input.ResponsibleWorkerId is { } workerId
            && await clients.StageResponsibleWorkerAsync(user, input.ClientId!.Value, workerId, cancellationToken) is { } refusal)
        {
            return Result<ReferralView>.Invalid("responsibleWorkerId", refusal);
        }

        var targetDays = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.AssessmentTargetWorkingDays).SingleAsync(cancellationToken);
        var referral = new Referral
        {
            OrganisationId = user.OrganisationId,
            ClientId = input.ClientId!.Value,
            SourceCode = input.Source!,
            ReceivedOn = input.ReceivedOn!.Value,
            Description = input.Description!.Trim(),
            NotifierName = input.NotifierName?.Trim() ?? "",
            NotifierOrganisation = input.NotifierOrganisation?.Trim() ?? "",
            NotifierContact = input.NotifierContact?.Trim() ?? "",
            ClientInformed = input.ClientInformed,
            ConsentGiven = input.ConsentGiven,
            Urgent = input.Urgent,
            SpecialGroup = input.SpecialGroup,
            AssessmentStartDueOn = Referral.AssessmentDeadline(input.ReceivedOn.Value, input.SpecialGroup, targetDays),
            CreatedBy = user.Id,
            CreatedAt = clock.Now,
        };
        if (input.HandleMyself)
        {
            referral.AssignHandler(user.Id, mayReassign: false);
        }

        db.Referrals.Add(referral);
        audit.Stage(Actions.ReferralCreate, referral.ClientId);
        await db.SaveChangesAsync(cancellationToken);
        audit.Read(referral.ClientId);
        var permitted = (await access.PermittedActionsAsync(user, [referral.ClientId], cancellationToken)).GetValueOrDefault(referral.ClientId, []);
        return Result<ReferralView>.Created(ToView(await Rows(user, Actions.ReferralCreate).SingleAsync(r => r.Id == referral.Id, cancellationToken), permitted));
    }

    /// <summary>The client a referral concerns, for pointing a refused user to that client's stated-reason page.</summary>
    public Task<Guid?> ClientOfAsync(Guid id, CancellationToken cancellationToken) =>
        db.Referrals.Where(r => r.Id == id).Select(r => (Guid?)r.ClientId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>One referral with what the user may do with it; the read is audited.</summary>
    public async Task<Result<ReferralView>> GetAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var clientId = await ClientOfAsync(id, cancellationToken);
        var check = clientId is null ? null : await access.CheckAsync(user, Actions.ReferralRead, clientId.Value, cancellationToken);
        if (check is not { Allowed: true })
        {
            return check is null ? Result<ReferralView>.NotFound() : Result<ReferralView>.Refused(check);
        }

        audit.Read(clientId!.Value);
        return Result<ReferralView>.Ok(ToView(await Rows(user, Actions.ReferralRead).SingleAsync(r => r.Id == id, cancellationToken), check.PermittedActions));
    }

    /// <summary>
    /// Gives the referral to a worker: a worker picks up an unassigned one for themself; a lead hands any on to a
    /// social worker or counsellor of the organisation. Taking one someone else already has is refused with their name.
    /// </summary>
    public async Task<Result<ReferralView>> AssignHandlerAsync(CurrentUser user, Guid id, HandlerInput input, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        var check = referral is null ? null : await access.CheckAsync(user, Actions.ReferralAssign, referral.ClientId, cancellationToken);
        if (check is not { Allowed: true })
        {
            return check is null ? Result<ReferralView>.NotFound() : Result<ReferralView>.Refused(check);
        }

        var lead = user.Has(Role.LeadingSocialWorker) || user.Has(Role.SocialDirector);
        var employeeId = input.EmployeeId ?? user.Id;
        if (employeeId != user.Id && !lead)
        {
            return Result<ReferralView>.Invalid("employeeId", l["Referrals.OnlyLeadAssigns"]);
        }

        var organisationId = user.OrganisationId;
        if (!await db.Employees.AnyAsync(e => e.Id == employeeId && e.OrganisationId == organisationId && e.Active
                && e.Roles.Any(r => r.Role == Role.SocialWorker || r.Role == Role.SocialCounsellor), cancellationToken))
        {
            return Result<ReferralView>.Invalid("employeeId", l["Clients.WorkerUnknown"]);
        }

        var taken = referral!.HandlerId;
        switch (referral.AssignHandler(employeeId, lead))
        {
            case HandlerRefusal.AlreadyTaken:
                var name = await db.Employees.Where(e => e.Id == taken).Select(e => e.FirstName + " " + e.LastName).SingleAsync(cancellationToken);
                return Result<ReferralView>.Conflict(l["Referrals.AlreadyTaken", name]);
            case HandlerRefusal.Closed:
                return Result<ReferralView>.Conflict(l["Referrals.AlreadyClosed"]);
        }

        audit.Stage(Actions.ReferralAssign, referral.ClientId);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Result<ReferralView>.Conflict(l["Problem.Conflict"]);
        }

        audit.Read(referral.ClientId);
        return Result<ReferralView>.Ok(ToView(await Rows(user, Actions.ReferralRead).SingleAsync(r => r.Id == id, cancellationToken), check.PermittedActions));
    }

    /// <summary>The inbox: referrals of the clients the user may see, filtered, the nearest deadline first.</summary>
    public async Task<PagedResult<ReferralView>> ListAsync(CurrentUser user, ReferralFilter filter, Paging paging, CancellationToken cancellationToken)
    {
        var query = Rows(user, Actions.ReferralList);
        query = filter.Scope switch
        {
            ReferralScope.Mine => query.Where(r => r.HandlerId == user.Id),
            ReferralScope.Unassigned => query.Where(r => r.HandlerId == null),
            _ => query,
        };
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.Source is { Length: > 0 } source)
        {
            query = query.Where(r => r.SourceCode == source);
        }

        if (filter.ClientId is { } clientId)
        {
            query = query.Where(r => r.ClientId == clientId);
        }

        var (total, exact) = await query.CountAsync(paging, cancellationToken);
        var rows = await query.OrderBy(r => r.AssessmentStartDueOn).ThenBy(r => r.ReceivedOn).ThenBy(r => r.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var permitted = await access.PermittedActionsAsync(user, rows.Select(r => r.ClientId).Distinct().ToList(), cancellationToken);
        audit.Read(rows.Select(r => r.ClientId));
        return new PagedResult<ReferralView>(rows.Select(r => ToView(r, permitted.GetValueOrDefault(r.ClientId, []))).ToList(), paging.Page, paging.PageSize, total, exact);
    }

    private IQueryable<ReferralRow> Rows(CurrentUser user, string action)
    {
        // A referral is its client's organisation's; saying so lets the inbox read that organisation's index in order.
        var organisationId = user.OrganisationId;
        return from r in db.Referrals.AsNoTracking()
            join c in access.Clients(user, action) on r.ClientId equals c.Id
            where r.OrganisationId == organisationId
            select new ReferralRow
            {
                Id = r.Id, ClientId = r.ClientId, ClientName = c.LastName + " " + c.FirstNames, SourceCode = r.SourceCode,
                ReceivedOn = r.ReceivedOn, Description = r.Description, NotifierName = r.NotifierName, NotifierOrganisation = r.NotifierOrganisation,
                NotifierContact = r.NotifierContact, ClientInformed = r.ClientInformed, ConsentGiven = r.ConsentGiven, Urgent = r.Urgent,
                SpecialGroup = r.SpecialGroup, AssessmentStartDueOn = r.AssessmentStartDueOn, Status = r.Status, AssessmentId = r.AssessmentId,
                HandlerId = r.HandlerId,
                HandlerName = db.Employees.Where(e => e.Id == r.HandlerId).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault(),
            };
    }

    private ReferralView ToView(ReferralRow r, IReadOnlyList<string> permitted)
    {
        var today = clock.Today;
        var pending = r.Status == ReferralStatus.Open;
        return new ReferralView(r.Id, r.ClientId, r.ClientName, r.SourceCode, r.ReceivedOn, r.Description,
            r.NotifierName, r.NotifierOrganisation, r.NotifierContact, r.ClientInformed, r.ConsentGiven, r.Urgent,
            r.SpecialGroup, r.AssessmentStartDueOn, r.Status, r.AssessmentId,
            r.HandlerId is { } handler ? new WorkerRef(handler, r.HandlerName ?? "") : null,
            WorkingDays.Between(today, r.AssessmentStartDueOn), pending && r.AssessmentStartDueOn < today, permitted);
    }

    /// <summary>Filled by an initializer so that later filters and ordering still translate to SQL.</summary>
    private sealed class ReferralRow
    {
        public Guid Id { get; init; }

        public Guid ClientId { get; init; }

        public string ClientName { get; init; } = "";

        public string SourceCode { get; init; } = "";

        public DateOnly ReceivedOn { get; init; }

        public string Description { get; init; } = "";

        public string NotifierName { get; init; } = "";

        public string NotifierOrganisation { get; init; } = "";

        public string NotifierContact { get; init; } = "";

        public bool? ClientInformed { get; init; }

        public bool ConsentGiven { get; init; }

        public bool Urgent { get; init; }

        public bool SpecialGroup { get; init; }

        public DateOnly AssessmentStartDueOn { get; init; }

        public ReferralStatus Status { get; init; }

        public Guid? AssessmentId { get; init; }

        public Guid? HandlerId { get; init; }

        public string? HandlerName { get; init; }
    }
}
