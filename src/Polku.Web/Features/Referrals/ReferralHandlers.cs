using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Calendar;
using Polku.Domain.CodeLists;
using Polku.Domain.Common;
using Polku.Domain.Referrals;
using Polku.Web.Features.CodeLists;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Referrals;

public sealed record ReferralInput(
    Guid? ClientId, string? Source, DateOnly? ReceivedOn, string? Description, bool ConsentGiven, bool Urgent, bool SpecialGroup);

public sealed record ReferralView(
    Guid Id, Guid ClientId, string ClientName, string Source, DateOnly ReceivedOn, string Description,
    bool ConsentGiven, bool Urgent, bool SpecialGroup, DateOnly AssessmentStartDueOn, ReferralStatus Status,
    Guid? AssessmentId, int WorkingDaysLeft, bool Overdue, IReadOnlyList<string> PermittedActions);

/// <summary>Referrals and contacts (SHL § 35) and the deadline to start the assessment (SHL § 36).</summary>
public sealed class ReferralHandlers(PolkuDbContext db, ClientAccess access, AuditLog audit, Clock clock, CodeListQuery codes, IStringLocalizer<Strings> l)
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
        if (!validation.IsValid)
        {
            return Result<ReferralView>.Invalid(validation.Errors);
        }

        var targetDays = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.AssessmentTargetWorkingDays).SingleAsync(cancellationToken);
        var referral = new Referral
        {
            OrganisationId = user.OrganisationId,
            ClientId = input.ClientId!.Value,
            SourceCode = input.Source!,
            ReceivedOn = input.ReceivedOn!.Value,
            Description = input.Description!.Trim(),
            ConsentGiven = input.ConsentGiven,
            Urgent = input.Urgent,
            SpecialGroup = input.SpecialGroup,
            AssessmentStartDueOn = Referral.AssessmentDeadline(input.ReceivedOn.Value, input.SpecialGroup, targetDays),
            CreatedBy = user.Id,
            CreatedAt = clock.Now,
        };
        db.Referrals.Add(referral);
        audit.Stage(Actions.ReferralCreate, referral.ClientId);
        await db.SaveChangesAsync(cancellationToken);
        var created = await Views(user).Where(r => r.Id == referral.Id).SingleAsync(cancellationToken);
        audit.Read(referral.ClientId);
        return Result<ReferralView>.Created(ToView(created, check!.PermittedActions));
    }

    /// <summary>The inbox: referrals of the clients the user may see, in the given state, the nearest deadline first.</summary>
    public async Task<PagedResult<ReferralView>> ListAsync(CurrentUser user, ReferralStatus? status, Guid? clientId, Paging paging, CancellationToken cancellationToken)
    {
        var query = Views(user);
        if (status is { } wanted)
        {
            query = query.Where(r => r.Status == wanted);
        }

        if (clientId is { } id)
        {
            query = query.Where(r => r.ClientId == id);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.AssessmentStartDueOn).ThenBy(r => r.ReceivedOn).ThenBy(r => r.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var permitted = await access.PermittedActionsAsync(user, rows.Select(r => r.ClientId).Distinct().ToList(), cancellationToken);
        audit.Read(rows.Select(r => r.ClientId));
        return new PagedResult<ReferralView>(rows.Select(r => ToView(r, permitted.GetValueOrDefault(r.ClientId, []))).ToList(), paging.Page, paging.PageSize, total);
    }

    private IQueryable<ReferralRow> Views(CurrentUser user) =>
        from r in db.Referrals.AsNoTracking()
        join c in access.Clients(user, Actions.ReferralList) on r.ClientId equals c.Id
        select new ReferralRow
        {
            Id = r.Id, ClientId = r.ClientId, ClientName = c.LastName + " " + c.FirstNames, SourceCode = r.SourceCode,
            ReceivedOn = r.ReceivedOn, Description = r.Description, ConsentGiven = r.ConsentGiven, Urgent = r.Urgent,
            SpecialGroup = r.SpecialGroup, AssessmentStartDueOn = r.AssessmentStartDueOn, Status = r.Status, AssessmentId = r.AssessmentId,
        };

    private ReferralView ToView(ReferralRow r, IReadOnlyList<string> permitted)
    {
        var today = clock.Today;
        var pending = r.Status == ReferralStatus.Open;
        return new ReferralView(r.Id, r.ClientId, r.ClientName, r.SourceCode, r.ReceivedOn, r.Description, r.ConsentGiven, r.Urgent,
            r.SpecialGroup, r.AssessmentStartDueOn, r.Status, r.AssessmentId,
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

        public bool ConsentGiven { get; init; }

        public bool Urgent { get; init; }

        public bool SpecialGroup { get; init; }

        public DateOnly AssessmentStartDueOn { get; init; }

        public ReferralStatus Status { get; init; }

        public Guid? AssessmentId { get; init; }
    }
}
