using Microsoft.Extensions.Localization;
using Polku.Web.Features.Home;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Plans;

/// <summary>Reviews due within two weeks and those overdue: of the user's own clients, or of a lead's team.</summary>
public sealed class ReviewWork(ReviewHandlers reviews, IStringLocalizer<Strings> l) : IWorkQueueSource
{
    public const int WithinDays = 14;

    public async Task<IReadOnlyList<WorkItem>> MineAsync(CurrentUser user, int limit, CancellationToken cancellationToken) =>
        (await reviews.DueAsync(user, WithinDays, team: false, limit, cancellationToken))
            .Select(Item).ToList();

    public async Task<IReadOnlyList<TeamWorkItem>> TeamAsync(CurrentUser user, int limit, CancellationToken cancellationToken) =>
        (await reviews.DueAsync(user, WithinDays, team: true, limit, cancellationToken))
            .Select(r => new TeamWorkItem(Item(r), r.Worker)).ToList();

    private WorkItem Item(DueReview review) =>
        new("Review", l["Work.HoldReview"], review.ClientId, review.ClientName, review.DueOn, $"plans/{review.PlanId}/reviews/new");
}
