using System.Security.Claims;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.AuditTrail;

public static class AuditTrailApi
{
    public static void MapAuditTrailApi(this RouteGroupBuilder api) =>
        api.MapGet("/audit-events", (Guid personId, int? page, int? pageSize, ClaimsPrincipal principal, AuditTrailQuery query, CancellationToken cancellationToken) =>
                query.ForPersonAsync(principal.ToCurrentUser()!, personId, Paging.From(page, pageSize), cancellationToken))
            .RequireAction(Actions.AuditRead)
            .WithSummary("Who has processed a person's data, newest first. The look-up is itself audited.");
}
