using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.Decisions;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Decisions;

/// <summary>
/// Requests for rectification (HL § 49 a–g): recorded as they arrive, a late one too (flagged, for the authority to
/// dismiss), and handled once by someone who may decide.
/// </summary>
public sealed class RectificationHandlers(PolkuDbContext db, DecisionHandlers decisions, AuditLog audit, Clock clock, IStringLocalizer<Strings> l)
{
    public async Task<Result<RectificationView>> RecordAsync(CurrentUser user, Guid decisionId, RectificationRequestInput input, CancellationToken cancellationToken)
    {
        var (refusal, decision, _) = await decisions.TrackedAsync(user, Actions.DecisionWrite, decisionId, cancellationToken);
        if (decision is null)
        {
            return refusal!.As<RectificationView>();
        }

        if (decision.Status is not (DecisionStatus.Signed or DecisionStatus.Delivered))
        {
            return Result<RectificationView>.Conflict(l["Decisions.NotDecided"]);
        }

        var validation = new Validation(l);
        validation.RequiredText("request", input.Request, TextLimits.LongText);
        if (input.ReceivedOn is null)
        {
            validation.Add("receivedOn", "Validation.Required");
        }
        else
        {
            validation.NotInFuture("receivedOn", input.ReceivedOn, clock.Today);
            if (input.ReceivedOn < decision.DecidedOn)
            {
                validation.Add("receivedOn", "Decisions.RequestBeforeDecision");
            }
        }

        if (!validation.IsValid)
        {
            return Result<RectificationView>.Invalid(validation.Errors);
        }

        var request = RectificationRequest.Record(decision, input.ReceivedOn!.Value, input.Request!, user.Id, clock.Now);
        db.RectificationRequests.Add(request);
        audit.Stage(Actions.DecisionWrite, decision.ClientId);
        await db.SaveChangesAsync(cancellationToken);
        return Result<RectificationView>.Created(await ViewAsync(request.Id, cancellationToken));
    }

    public async Task<Result<RectificationView>> HandleAsync(
        CurrentUser user, Guid decisionId, Guid requestId, RectificationHandlingInput input, CancellationToken cancellationToken)
    {
        var (refusal, decision, _) = await decisions.TrackedAsync(user, Actions.DecisionSign, decisionId, cancellationToken);
        if (decision is null)
        {
            return refusal!.As<RectificationView>();
        }

        var request = await db.RectificationRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.DecisionId == decisionId, cancellationToken);
        if (request is null)
        {
            return Result<RectificationView>.NotFound();
        }

        // Handling a request is the authority's decision: by whom the decision's chain lets decide, not by anyone who may sign somewhere.
        if (DecisionWorkflow.CheckRequestHandling(decision.Chain.Chain, user.Roles, await decisions.SpecialSupportAsync(decision.ClientId, cancellationToken))
            is StepOutcome.Refused refused)
        {
            return decisions.NotPermitted(refused).As<RectificationView>();
        }

        if (request.Outcome != RectificationOutcome.Pending)
        {
            return Result<RectificationView>.Conflict(l["Decisions.RequestHandled"]);
        }

        var validation = new Validation(l);
        if (input.Outcome is null or RectificationOutcome.Pending)
        {
            validation.Add("outcome", "Validation.Required");
        }

        validation.RequiredText("handling", input.Handling, TextLimits.LongText);
        if (!validation.IsValid)
        {
            return Result<RectificationView>.Invalid(validation.Errors);
        }

        db.ExpectVersion(request, input.Version);
        request.Handle(input.Outcome!.Value, input.Handling!, user.Id, clock.Today);
        audit.Stage(Actions.DecisionSign, decision.ClientId);
        return await db.TrySaveAsync(cancellationToken)
            ? Result<RectificationView>.Ok(await ViewAsync(request.Id, cancellationToken))
            : Result<RectificationView>.Conflict(l["Decisions.ChangedMeanwhile"]);
    }

    /// <summary>The requests as the decision page and the API show them, with who recorded each.</summary>
    internal static IQueryable<RectificationView> Views(PolkuDbContext db, IQueryable<RectificationRequest> requests) =>
        requests.AsNoTracking().OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id)
            .Select(r => new RectificationView(
                r.Id, r.ReceivedOn, r.Request, r.IsLate, db.Employees.Where(e => e.Id == r.RecordedById).Select(e => e.FirstName + " " + e.LastName).First(),
                r.Outcome, r.HandledOn, r.Handling, r.Version));

    private Task<RectificationView> ViewAsync(Guid id, CancellationToken cancellationToken) =>
        Views(db, db.RectificationRequests.Where(r => r.Id == id)).SingleAsync(cancellationToken);
}
