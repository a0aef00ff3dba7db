using Microsoft.Extensions.Localization;
using Polku.Domain.People;
using Polku.Web.Features.Home;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Decisions;

/// <summary>
/// Decisions waiting for the user on their desk (to submit, to review in the steering group, to sign, to deliver), and
/// for a lead the count of services given before their decision — the field's known problem (seed 001 § 3).
/// </summary>
public sealed class DecisionWork(DecisionHandlers decisions, IStringLocalizer<Strings> l) : IWorkQueueSource, ITeamFigure
{
    public async Task<IReadOnlyList<WorkItem>> MineAsync(CurrentUser user, int limit, CancellationToken cancellationToken) =>
        (await decisions.WaitingAsync(user, cancellationToken)).Take(limit)
            .Select(w => new WorkItem(
                "Decision" + w.Reason, $"{l["WaitingReason." + w.Reason]}: {w.Decision.TypeName}", w.Decision.ClientId, w.Decision.ClientName,
                w.Reason == WaitingReason.ToSubmit ? null : w.Decision.StartedOn, $"decisions/{w.Decision.Id}"))
            .ToList();

    public async Task<TeamFigure?> FigureAsync(CurrentUser user, CancellationToken cancellationToken) =>
        user.Has(Role.LeadingSocialWorker) || user.Has(Role.SocialDirector)
            ? new TeamFigure(l["Decisions.GivenBeforeDecisionCount"], await decisions.GivenBeforeDecisionCountAsync(user, cancellationToken), "decisions?givenBeforeDecision=true")
            : null;
}
