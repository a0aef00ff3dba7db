using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.People;
using Polku.Domain.Plans;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Plans;

public sealed record GoalRatingInput(Guid? GoalKey, int? Level, string? Comment);

public sealed record ServiceEvaluationInput(Guid? Key, ServiceEffect? Effect, string? Comment);

public sealed record FactorEvaluationInput(string? Code, FactorChange? Change, string? Comment);

public sealed record ReviewInput(
    DateOnly? HeldOn, IReadOnlyList<ReviewParticipant>? Participants, string? ParticipantNames, IReadOnlyList<GoalRatingInput?>? Goals,
    IReadOnlyList<ServiceEvaluationInput?>? Services, IReadOnlyList<FactorEvaluationInput?>? Factors, string? ClientSummary, string? WorkerSummary,
    ReviewOutcome? Outcome, DateOnly? NextReviewOn);

/// <summary>A plan in force whose review is due; <see cref="Worker"/> is the client's responsible worker.</summary>
public sealed record DueReview(Guid PlanId, Guid ClientId, string ClientName, DateOnly DueOn, bool Overdue, string? Worker);

/// <summary>Follow-up reviews of the plan in force: goals rated, services and methods evaluated, the next review set.</summary>
public sealed class ReviewHandlers(PolkuDbContext db, PlanHandlers plans, ClientAccess access, AuditLog audit, Clock clock, IStringLocalizer<Strings> l)
{
    public const int MaxWithinDays = 365;

    public async Task<Result<ReviewView>> RecordAsync(CurrentUser user, Guid planId, ReviewInput input, CancellationToken cancellationToken)
    {
        var (refusal, plan, _) = await plans.TrackedAsync(user, Actions.PlanReview, planId, cancellationToken);
        if (plan is null)
        {
            return refusal!.As<ReviewView>();
        }

        if (plan is not { Status: PlanStatus.Agreed, InForce: { } version })
        {
            return Result<ReviewView>.Conflict(l["Plans.NotInForce"]);
        }

        var content = new ReviewContent
        {
            Participants = (input.Participants ?? []).Distinct().ToList(),
            ParticipantNames = input.ParticipantNames?.Trim() ?? "",
            // A goal left without a level is not rated; the rule then names it.
            Goals = (input.Goals ?? []).OfType<GoalRatingInput>().Where(g => g.Level is not null)
                .Select(g => new GoalRating(g.GoalKey ?? Guid.Empty, g.Level!.Value, g.Comment?.Trim() ?? "")).ToList(),
            Services = (input.Services ?? []).OfType<ServiceEvaluationInput>().Select(s => new ServiceEvaluation(s.Key ?? Guid.Empty, s.Effect ?? (ServiceEffect)(-1), s.Comment?.Trim() ?? "")).ToList(),
            Factors = (input.Factors ?? []).OfType<FactorEvaluationInput>().Select(f => new FactorEvaluation(f.Code?.Trim() ?? "", f.Change ?? (FactorChange)(-1), f.Comment?.Trim() ?? "")).ToList(),
            ClientSummary = input.ClientSummary?.Trim() ?? "",
            WorkerSummary = input.WorkerSummary?.Trim() ?? "",
        };
        var validation = Validate(input, content);
        validation.NotInFuture("heldOn", input.HeldOn, clock.Today);
        validation.PlausibleDate("nextReviewOn", input.NextReviewOn);
        var months = await plans.ReviewMonthsAsync(plan.OrganisationId, cancellationToken);
        validation.AddProblems(plans.Messages(PlanRules.CheckReview(version, input.HeldOn, input.Outcome, input.NextReviewOn, content, clock.Today, months)));
        if (!validation.IsValid)
        {
            return Result<ReviewView>.Invalid(validation.Errors);
        }

        var review = PlanReview.Of(plan, version, input.HeldOn!.Value, input.Outcome!.Value, input.NextReviewOn, content, user.Id, clock.Now);
        db.PlanReviews.Add(review);
        plan.Reviewed(review, clock.Now);
        audit.Stage(Actions.PlanReview, plan.ClientId);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Result<ReviewView>.Conflict(l["Plans.ChangedMeanwhile"]);
        }

        audit.Read(plan.ClientId);
        return Result<ReviewView>.Created(await plans.ReviewViews(db.PlanReviews.Where(r => r.Id == review.Id)).SingleAsync(cancellationToken));
    }

    /// <summary>
    /// Reviews due within <paramref name="withinDays"/> and those overdue, of the clients the user may see: their own
    /// clients, or for a lead the whole team. Earliest first.
    /// </summary>
    public async Task<IReadOnlyList<DueReview>> DueAsync(CurrentUser user, int withinDays, bool team, int limit, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var until = today.AddDays(Math.Clamp(withinDays, 0, MaxWithinDays));
        var userId = user.Id;
        var clients = access.Clients(user, Actions.PlanRead);
        if (!team)
        {
            clients = clients.Where(c => c.ResponsibleWorkerId == userId);
        }

        var rows = await (
                from p in db.Plans.AsNoTracking()
                join c in clients on p.ClientId equals c.Id
                where p.Status == PlanStatus.Agreed && p.NextReviewOn <= until
                orderby p.NextReviewOn, p.Id
                select new
                {
                    p.Id, p.ClientId, Name = c.LastName + " " + c.FirstNames, DueOn = p.NextReviewOn!.Value,
                    Worker = db.Employees.Where(e => e.Id == c.ResponsibleWorkerId).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault(),
                })
            .Take(limit).ToListAsync(cancellationToken);
        audit.Read(rows.Select(r => r.ClientId));
        return rows.Select(r => new DueReview(r.Id, r.ClientId, r.Name, r.DueOn, r.DueOn < today, r.Worker)).ToList();
    }

    /// <summary>Leads see the reviews due in their whole team; a worker sees those of their own clients.</summary>
    public static bool SeesTeam(CurrentUser user) => user.Has(Role.LeadingSocialWorker) || user.Has(Role.SocialDirector);

    private Validation Validate(ReviewInput input, ReviewContent content)
    {
        var validation = new Validation(l);
        if ((input.Participants ?? []).Any(p => !Enum.IsDefined(p)))
        {
            validation.Add("participants", "Validation.UnknownCode");
        }

        if (input.Outcome is { } outcome && !Enum.IsDefined(outcome))
        {
            validation.Add("outcome", "Validation.UnknownCode");
        }

        validation.MaxLength("participantNames", content.ParticipantNames, TextLimits.Explanation);
        validation.MaxLength("clientSummary", content.ClientSummary, TextLimits.Text);
        validation.MaxLength("workerSummary", content.WorkerSummary, TextLimits.Text);
        for (var i = 0; i < content.Goals.Count; i++)
        {
            validation.MaxLength($"goals[{i}].comment", content.Goals[i].Comment, TextLimits.Explanation);
        }

        for (var i = 0; i < content.Services.Count; i++)
        {
            validation.MaxLength($"services[{i}].comment", content.Services[i].Comment, TextLimits.Explanation);
            if (!Enum.IsDefined(content.Services[i].Effect))
            {
                validation.Add($"services[{i}].effect", "Validation.Required");
            }
        }

        for (var i = 0; i < content.Factors.Count; i++)
        {
            validation.MaxLength($"factors[{i}].comment", content.Factors[i].Comment, TextLimits.Explanation);
            if (!Enum.IsDefined(content.Factors[i].Change))
            {
                validation.Add($"factors[{i}].change", "Validation.Required");
            }
        }

        return validation;
    }
}
