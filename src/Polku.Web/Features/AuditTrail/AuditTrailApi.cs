using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.AuditTrail;

public static class AuditTrailApi
{
    public static void MapAuditTrailApi(this RouteGroupBuilder api) =>
        api.MapGet("/audit-events", ForPersonAsync)
            .RequireAction(Actions.AuditRead)
            .WithSummary("Who has processed a person's data, newest first. The look-up is itself audited.");

    public static Task<PagedResult<AuditEntry>> ForPersonAsync(
        Guid personId, int? page, int? pageSize, CurrentUser user, AuditTrailQuery query, CancellationToken cancellationToken) =>
        query.ForPersonAsync(user, personId, Paging.From(page, pageSize), cancellationToken);
}
