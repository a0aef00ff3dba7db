using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Calendar;
using Polku.Domain.CodeLists;
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
    Guid? AssessmentId, int WorkingDaysLeft, bool Overdue);

/// <summary>Referrals and contacts (SHL § 35) and the deadline to start the assessment (SHL § 36).</summary>
public sealed class ReferralHandlers(PolkuDbContext db, AuditLog audit, Clock clock, CodeListQuery codes, IStringLocalizer<Strings> l)
{
    public const int DescriptionMaxLength = 4000;

    public async Task<Result<ReferralView>> CreateAsync(CurrentUser user, ReferralInput input, CancellationToken cancellationToken)
    {
        var validation = new Validation(l);
        var client = input.ClientId is { } clientId
            ? await db.VisibleClients(user).AsNoTracking().Where(c => c.Id == clientId).Select(c => new { c.Id }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (client is null)
        {
            validation.Add("clientId", "Referrals.ClientUnknown");
        }

        if (validation.Required("source", input.Source) && !await codes.IsValidAsync(CodeListNames.ReferralSources, input.Source, cancellationToken))
        {
            validation.Add("source", "Validation.UnknownCode");
        }

        if (input.ReceivedOn is null)
        {
            validation.Add("receivedOn", "Validation.Required");
        }

        validation.NotInFuture("receivedOn", input.ReceivedOn, clock.Today);
        validation.RequiredText("description", input.Description, DescriptionMaxLength);
        if (!validation.IsValid)
        {
            return Result<ReferralView>.Invalid(validation.Errors);
        }

        var targetDays = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.AssessmentTargetWorkingDays).SingleAsync(cancellationToken);
        var referral = new Referral
        {
            OrganisationId = user.OrganisationId,
            ClientId = client!.Id,
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
        return Result<ReferralView>.Created((await Views(user).Where(r => r.Id == referral.Id).ToListAsync(cancellationToken)).Select(ToView).Single());
    }

    /// <summary>Whether the user sees this client: the new-referral page says "not found" before anyone fills in its form.</summary>
    public Task<bool> ClientVisibleAsync(CurrentUser user, Guid clientId, CancellationToken cancellationToken) =>
        db.VisibleClients(user).AnyAsync(c => c.Id == clientId, cancellationToken);

    /// <summary>The organisation's inbox: referrals in the given state, the nearest deadline first.</summary>
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
        if (rows.Count > 0)
        {
            await audit.RecordReadAsync(Actions.ReferralList, rows.Select(r => r.ClientId), cancellationToken);
        }

        return new PagedResult<ReferralView>(rows.Select(ToView).ToList(), paging.Page, paging.PageSize, total);
    }

    private IQueryable<ReferralRow> Views(CurrentUser user) =>
        from r in db.Referrals.AsNoTracking()
        join c in db.VisibleClients(user) on r.ClientId equals c.Id
        where r.OrganisationId == user.OrganisationId
        select new ReferralRow
        {
            Id = r.Id, ClientId = r.ClientId, ClientName = c.LastName + " " + c.FirstNames, SourceCode = r.SourceCode,
            ReceivedOn = r.ReceivedOn, Description = r.Description, ConsentGiven = r.ConsentGiven, Urgent = r.Urgent,
            SpecialGroup = r.SpecialGroup, AssessmentStartDueOn = r.AssessmentStartDueOn, Status = r.Status, AssessmentId = r.AssessmentId,
        };

    private ReferralView ToView(ReferralRow r)
    {
        var today = clock.Today;
        var pending = r.Status == ReferralStatus.Open;
        return new ReferralView(r.Id, r.ClientId, r.ClientName, r.SourceCode, r.ReceivedOn, r.Description, r.ConsentGiven, r.Urgent,
            r.SpecialGroup, r.AssessmentStartDueOn, r.Status, r.AssessmentId,
            WorkingDays.Between(today, r.AssessmentStartDueOn), pending && r.AssessmentStartDueOn < today);
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
