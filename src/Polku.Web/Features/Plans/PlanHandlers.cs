using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Assessments;
using Polku.Domain.CodeLists;
using Polku.Domain.Common;
using Polku.Domain.Documents;
using Polku.Domain.Plans;
using Polku.Web.Features.CodeLists;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Documents;

namespace Polku.Web.Features.Plans;

/// <summary>
/// The client plan (SHL § 39): started from the completed assessment, written with the client, agreed as a locked
/// version and revised as a new one. Every read and write is checked against the client and audited.
/// </summary>
public sealed partial class PlanHandlers(PolkuDbContext db, ClientAccess access, CodeListQuery codes, AuditLog audit, DocumentArchive archive, Clock clock, IStringLocalizer<Strings> l)
{
    public async Task<Result<PlanView>> StartAsync(CurrentUser user, Guid clientId, StartPlanInput input, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.PlanWrite, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<PlanView>.Refused(check);
        }

        var open = await db.Plans.AsNoTracking().Where(p => p.ClientId == clientId && p.Status != PlanStatus.Ended).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (open is { } openId)
        {
            return Result<PlanView>.Conflict(l["Plans.AlreadyOpen"], new() { ["planId"] = openId });
        }

        var validation = new Validation(l);
        validation.MaxLength("startReason", input.StartReason, TextLimits.Explanation);
        var assessments = db.Assessments.AsNoTracking().Where(a => a.ClientId == clientId && a.Status == AssessmentStatus.Completed);
        var assessment = input.AssessmentId is { } assessmentId
            ? await assessments.SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken)
            : await assessments.OrderByDescending(a => a.CompletedOn).ThenByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        if (input.AssessmentId is not null && assessment is null)
        {
            validation.Add("assessmentId", "Plans.AssessmentNotCompleted");
        }
        else if (assessment is null && string.IsNullOrWhiteSpace(input.StartReason))
        {
            // The law lets urgent support start before the assessment is done, but the reason is recorded.
            validation.Add("startReason", "Plans.ReasonWithoutAssessment");
        }

        if (!validation.IsValid)
        {
            return Result<PlanView>.Invalid(validation.Errors);
        }

        var today = clock.Today;
        var months = await ReviewMonthsAsync(user.OrganisationId, cancellationToken);
        var content = new PlanContent
        {
            ClientView = assessment?.ClientView ?? "",
            WorkerAssessment = assessment?.WorkerAssessment ?? "",
            SituationalFactors = assessment?.SituationalFactors.Select(code => new PlanFactor(code, "")).ToList() ?? [],
            StartsOn = today,
            NextReviewOn = PlanRules.DefaultNextReview(today, months),
        };
        var plan = ClientPlan.Start(user.OrganisationId, clientId, assessment?.Id, assessment is null ? input.StartReason ?? "" : "", user.Id, today, content, clock.Now);
        db.Plans.Add(plan);
        audit.Stage(Actions.PlanWrite, clientId);
        await db.SaveChangesAsync(cancellationToken);
        audit.Read(clientId);
        return Result<PlanView>.Created(await ViewAsync(plan.Id, check.PermittedActions, cancellationToken));
    }

    /// <summary>Saves the draft; a plan without a draft (its versions all agreed) answers a conflict: revise it first.</summary>
    public async Task<Result<PlanView>> UpdateAsync(CurrentUser user, Guid id, PlanInput input, CancellationToken cancellationToken)
    {
        var (refusal, plan, permitted) = await DraftAsync(user, Actions.PlanWrite, id, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        var content = input.ToContent();
        var validation = await ValidateAsync(user, content, cancellationToken);
        validation.AddProblems(Messages(PlanRules.CheckDraft(content)));
        if (!validation.IsValid)
        {
            return Result<PlanView>.Invalid(validation.Errors);
        }

        db.ExpectVersion(plan, input.Version);
        plan.Edit(content, clock.Now);
        audit.Stage(Actions.PlanWrite, plan.ClientId);
        return await SaveAsync(plan, permitted, cancellationToken);
    }

    /// <summary>The draft becomes the agreed version when it says all an agreed plan must; from then on it is locked.</summary>
    public async Task<Result<PlanView>> AgreeAsync(CurrentUser user, Guid id, PlanVersionInput input, CancellationToken cancellationToken)
    {
        var (refusal, plan, permitted) = await DraftAsync(user, Actions.PlanWrite, id, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        var validation = new Validation(l);
        validation.AddProblems(Messages(PlanRules.CheckAgreement(plan.Draft!.Content, clock.Today, await ReviewMonthsAsync(plan.OrganisationId, cancellationToken))));
        if (!validation.IsValid)
        {
            return Result<PlanView>.Invalid(validation.Errors);
        }

        db.ExpectVersion(plan, input.Version);
        plan.Agree(user.Id, clock.Today, clock.Now);
        audit.Stage(Actions.PlanWrite, plan.ClientId);
        return await SaveAsync(plan, permitted, cancellationToken);
    }

    /// <summary>Starts a new draft version from the agreed one, which stays in force until the new one is agreed.</summary>
    public async Task<Result<PlanView>> ReviseAsync(CurrentUser user, Guid id, PlanVersionInput input, CancellationToken cancellationToken)
    {
        var (refusal, plan, permitted) = await TrackedAsync(user, Actions.PlanWrite, id, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        if (plan.Draft is not null || plan.Status != PlanStatus.Agreed)
        {
            return Result<PlanView>.Conflict(l[plan.Draft is not null ? "Plans.DraftExists" : "Plans.NotInForce"]);
        }

        db.ExpectVersion(plan, input.Version);
        db.PlanVersions.Add(plan.Revise(user.Id, clock.Today, clock.Now));
        audit.Stage(Actions.PlanWrite, plan.ClientId);
        return await SaveAsync(plan, permitted, cancellationToken);
    }

    public async Task<Result<PlanView>> GetAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var (refusal, _, permitted) = await ReadableAsync(user, id, cancellationToken);
        return refusal ?? Result<PlanView>.Ok(await ViewAsync(id, permitted, cancellationToken));
    }

    /// <summary>One version as it was written or agreed.</summary>
    public async Task<Result<PlanVersionView>> VersionAsync(CurrentUser user, Guid id, int number, CancellationToken cancellationToken)
    {
        var (refusal, clientId, _) = await ReadableAsync(user, id, cancellationToken);
        if (refusal is not null)
        {
            return refusal.As<PlanVersionView>();
        }

        var version = await VersionViews(db.PlanVersions.Where(v => v.PlanId == id && v.Number == number)).SingleOrDefaultAsync(cancellationToken);
        return version is null
            ? Result<PlanVersionView>.NotFound()
            : Result<PlanVersionView>.Ok(version with { Archive = await archive.ForAsync(DocumentType.ClientPlan, clientId, cancellationToken) });
    }

    /// <summary>The client a plan belongs to, for pointing a refused user to that client's stated-reason page.</summary>
    public Task<Guid?> ClientOfAsync(Guid id, CancellationToken cancellationToken) =>
        db.Plans.Where(p => p.Id == id).Select(p => (Guid?)p.ClientId).SingleOrDefaultAsync(cancellationToken);

    public sealed record DocumentFacts(string? IdentityCode, DateOnly BirthDate, LocalizedName Organisation);

    /// <summary>What a plan document says of its client beyond the plan, for a caller that has read the plan.</summary>
    public Task<DocumentFacts> DocumentFactsAsync(Guid clientId, CancellationToken cancellationToken) =>
        (from c in db.Clients.AsNoTracking()
         where c.Id == clientId
         join o in db.Organisations on c.OrganisationId equals o.Id
         select new DocumentFacts(c.IdentityCode, c.BirthDate, o.Name))
            .SingleAsync(cancellationToken);

    public Task<int> ReviewMonthsAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Id == organisationId).Select(o => o.PlanReviewMaxMonths).SingleAsync(cancellationToken);

    /// <summary>Plan problems in the user's language, by field.</summary>
    public IEnumerable<(string Field, string Message)> Messages(IEnumerable<PlanProblem> problems) =>
        problems.Select(p => (p.Field, l["PlanProblem." + p.Kind].Value));

    /// <summary>Checks the user may read the plan's client and audits the read.</summary>
    internal async Task<(Result<PlanView>? Refusal, Guid ClientId, IReadOnlyList<string> Permitted)> ReadableAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var clientId = await ClientOfAsync(id, cancellationToken);
        if (clientId is null)
        {
            return (Result<PlanView>.NotFound(), Guid.Empty, []);
        }

        var check = await access.CheckAsync(user, Actions.PlanRead, clientId.Value, cancellationToken);
        if (!check.Allowed)
        {
            return (Result<PlanView>.Refused(check), clientId.Value, []);
        }

        audit.Read(clientId.Value);
        return (null, clientId.Value, check.PermittedActions);
    }

    /// <summary>The plan with its versions, tracked for a change, when the user may take the action on its client.</summary>
    internal async Task<(Result<PlanView>? Refusal, ClientPlan? Plan, IReadOnlyList<string> Permitted)> TrackedAsync(
        CurrentUser user, string action, Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        var check = plan is null ? null : await access.CheckAsync(user, action, plan.ClientId, cancellationToken);
        return check switch
        {
            null => (Result<PlanView>.NotFound(), null, []),
            { Allowed: false } => (Result<PlanView>.Refused(check), null, []),
            _ => (null, plan, check.PermittedActions),
        };
    }

    internal async Task<Result<PlanView>> SaveAsync(ClientPlan plan, IReadOnlyList<string> permitted, CancellationToken cancellationToken)
    {
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Result<PlanView>.Conflict(l["Plans.ChangedMeanwhile"]);
        }

        audit.Read(plan.ClientId);
        return Result<PlanView>.Ok(await ViewAsync(plan.Id, permitted, cancellationToken));
    }

    private async Task<(Result<PlanView>? Refusal, ClientPlan? Plan, IReadOnlyList<string> Permitted)> DraftAsync(
        CurrentUser user, string action, Guid id, CancellationToken cancellationToken)
    {
        var tracked = await TrackedAsync(user, action, id, cancellationToken);
        return tracked.Plan is { Draft: null } ? (Result<PlanView>.Conflict(l["Plans.AgreedIsLocked"]), null, []) : tracked;
    }

    internal async Task<PlanView> ViewAsync(Guid id, IReadOnlyList<string> permitted, CancellationToken cancellationToken)
    {
        // The client by a join: several of its columns picked inside the projection would make the database number every client.
        var row = await (
                from plan in db.Plans.AsNoTracking()
                where plan.Id == id
                join c in db.Clients on plan.ClientId equals c.Id
                select new
                {
                    Plan = plan,
                    Client = new { Name = c.LastName + " " + c.FirstNames, c.Language },
                    Months = db.Organisations.Where(o => o.Id == plan.OrganisationId).Select(o => o.PlanReviewMaxMonths).First(),
                })
            .SingleAsync(cancellationToken);
        var versions = await VersionViews(db.PlanVersions.Where(v => v.PlanId == id)).ToListAsync(cancellationToken);
        var reviews = await ReviewViews(db.PlanReviews.Where(r => r.PlanId == id)).ToListAsync(cancellationToken);
        var latest = versions.MaxBy(v => v.Number)!;
        var inForce = versions.Where(v => v.Status == PlanVersionStatus.Agreed).MaxBy(v => v.Number);
        var p = row.Plan;
        return new PlanView(
            p.Id, p.ClientId, row.Client.Name, row.Client.Language, p.AssessmentId, p.StartReason, p.Status, p.CreatedOn, p.NextReviewOn, p.EndedOn, p.Version,
            latest.Status == PlanVersionStatus.Draft ? latest : inForce ?? latest, inForce?.Number,
            versions.OrderBy(v => v.Number).Select(v => new VersionSummary(v.Number, v.Status, v.CreatedOn, v.AgreedOn)).ToList(),
            reviews.OrderBy(r => r.HeldOn).ThenBy(r => r.Id).ToList(), row.Months,
            await archive.ForAsync(DocumentType.ClientPlan, p.ClientId, cancellationToken), permitted);
    }

    private IQueryable<PlanVersionView> VersionViews(IQueryable<PlanVersion> versions) =>
        versions.AsNoTracking().Select(v => new PlanVersionView(
            v.Number, v.Status, v.CreatedOn, v.AgreedOn,
            db.Employees.Where(e => e.Id == v.AuthorId).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault() ?? "",
            db.Employees.Where(e => e.Id == v.AgreedById).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault(),
            v.Content));

    internal IQueryable<ReviewView> ReviewViews(IQueryable<PlanReview> reviews) =>
        reviews.AsNoTracking().Select(r => new ReviewView(
            r.Id, r.PlanId, r.PlanVersionNumber, r.HeldOn, r.Outcome, r.NextReviewOn, r.TScore, r.Content,
            db.Employees.Where(e => e.Id == r.AuthorId).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault() ?? ""));
}
