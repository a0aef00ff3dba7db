using Microsoft.EntityFrameworkCore;
using Polku.Domain.Decisions;
using Polku.Domain.Documents;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Decisions;

public sealed partial class DecisionHandlers
{
    /// <summary>The steps a decision in each status may take next, in the order a page offers them.</summary>
    private static readonly DecisionStep[] Steps = [DecisionStep.Submit, DecisionStep.SteeringGroupReview, DecisionStep.Sign, DecisionStep.Deliver, DecisionStep.Annul];

    internal async Task<DecisionView> ViewAsync(CurrentUser user, Guid id, IReadOnlyList<string> permitted, CancellationToken cancellationToken)
    {
        // The client by a join: several of its columns picked inside the projection would make the database number every client.
        var row = await (
                from decision in db.Decisions.AsNoTracking()
                where decision.Id == id
                join c in db.Clients on decision.ClientId equals c.Id
                select new { Decision = decision, Client = new { Name = c.LastName + " " + c.FirstNames, c.NeedsSpecialSupport } })
            .SingleAsync(cancellationToken);
        var d = row.Decision;
        var dispatches = await db.DecisionDispatches.AsNoTracking().Where(x => x.DecisionId == id).OrderBy(x => x.CreatedAt)
            .Select(x => new DispatchView(x.Id, x.Method, x.Status, x.CreatedAt, x.SentOn, x.Events)).ToListAsync(cancellationToken);
        var requests = await RectificationHandlers.Views(db, db.RectificationRequests.Where(r => r.DecisionId == id)).ToListAsync(cancellationToken);
        var people = d.History.Select(h => h.ById).Append(d.PreparerId).Concat(d.SignerId is { } s ? [s] : []).Distinct().ToList();
        var names = await employees.ForAsync(people, cancellationToken);
        var type = await types.FindAsync(d.OrganisationId, d.TypeCode, cancellationToken);
        var today = clock.Today;
        return new DecisionView(
            d.Id, d.ClientId, row.Client.Name, d.Status, d.Content, type?.Name.In(UiLanguage.Current) ?? d.TypeCode, d.Chain,
            names.GetValueOrDefault(d.PreparerId, ""), d.SignerId is { } signer ? names.GetValueOrDefault(signer) : null,
            d.StartedOn, d.DecidedOn, d.Appeal, d.AppealInstructionVersion, d.AnnulmentReason, d.PreviousDecisionId, d.GivenBeforeDecision(today),
            StepsFor(d, user, permitted, row.Client.NeedsSpecialSupport, dispatches.Any(x => x.Status is DispatchStatus.Queued or DispatchStatus.AwaitingPrint)),
            d.History.Select(h => new HistoryView(h.Step, names.GetValueOrDefault(h.ById, ""), h.On, h.Note)).ToList(),
            dispatches, requests, await archive.ForAsync(DocumentType.Decision, d.ClientId, cancellationToken), permitted, d.Version);
    }

    /// <summary>
    /// The steps that start from the decision's status, each allowed or refused with who can: a page shows the allowed
    /// ones as buttons and the refusals as the reason, so nobody presses a button to learn they may not.
    /// </summary>
    private List<StepView> StepsFor(Decision d, CurrentUser user, IReadOnlyList<string> permitted, bool specialSupport, bool deliveryUnderWay) =>
        Steps.Where(step => DecisionWorkflow.Next(d.Chain.Chain, d.Status, step) is not null
                && !(step == DecisionStep.Sign && d.Status == DecisionStatus.Draft && d.PreparerId != user.Id))
            .Select(step =>
            {
                if (step == DecisionStep.Deliver && deliveryUnderWay)
                {
                    return new StepView(step, false, l["Decisions.DeliveryUnderWay"]);
                }

                var outcome = d.Check(step, user.Id, user.Roles, specialSupport, "-");
                return outcome is StepOutcome.Refused refused
                    ? new StepView(step, false, Refusal(refused))
                    : permitted.Contains(ActionFor(step))
                        ? new StepView(step, true, null)
                        : new StepView(step, false, l["Decisions.NoAccessForStep"]);
            })
            .ToList();
}
