using Microsoft.Extensions.Localization;
using Polku.Web.Features.Home;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Commitments;

/// <summary>
/// Commitments about to end, on the front page of the client's responsible worker and of the provider's staff, from
/// the organisation's number of warning days before the end until the end — so the support does not stop unnoticed.
/// </summary>
public sealed class CommitmentWork(CommitmentHandlers commitments, IStringLocalizer<Strings> l) : IWorkQueueSource
{
    public async Task<IReadOnlyList<WorkItem>> MineAsync(CurrentUser user, int limit, CancellationToken cancellationToken) =>
        (await commitments.WarningsAsync(user, limit, cancellationToken))
            .Select(c => new WorkItem(
                "CommitmentEnding", $"{l["Commitments.EndsOn", Format.Date(c.EndsOn)]}: {c.ServiceName.In(UiLanguage.Current)}", c.ClientId, c.ClientName, c.EndsOn,
                $"commitments/{c.Id}"))
            .ToList();
}
