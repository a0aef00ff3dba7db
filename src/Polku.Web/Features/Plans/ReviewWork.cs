using Microsoft.Extensions.Localization;
using Polku.Web.Features.Home;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Plans;

/// <summary>Reviews of the user's own clients due within two weeks, and those overdue.</summary>
public sealed class ReviewWork(ReviewHandlers reviews, IStringLocalizer<Strings> l) : IWorkQueueSource
{
    public const int WithinDays = 14;

    public async Task<IReadOnlyList<WorkItem>> MineAsync(CurrentUser user, int limit, CancellationToken cancellationToken) =>
        (await reviews.DueAsync(user, WithinDays, team: false, limit, cancellationToken))
            .Select(r => new WorkItem("Review", l["Work.HoldReview"], r.ClientId, r.ClientName, r.DueOn, $"plans/{r.PlanId}/reviews/new"))
            .ToList();
}
