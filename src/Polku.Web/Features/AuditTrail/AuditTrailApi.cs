using Microsoft.AspNetCore.Http.HttpResults;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.AuditTrail;

public sealed record AuditSearchInput(string? IdentityCode, int? Page, int? PageSize);

public static class AuditTrailApi
{
    public static void MapAuditTrailApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit-events", ForPersonAsync)
            .RequireAction(Actions.AuditRead)
            .WithSummary("Who has processed a person's data, newest first. The look-up is itself audited.");
        api.MapPost("/audit-events/search", ForIdentityCodeAsync)
            .RequireAction(Actions.AuditRead)
            .WithSummary("The same by henkilötunnus, sent in the body so it never lands in an address or a log; 404 when no client has it.");
    }

    public static async Task<Results<Ok<PagedResult<AuditEntry>>, NotFound>> ForIdentityCodeAsync(
        AuditSearchInput input, CurrentUser user, AuditTrailQuery query, CancellationToken cancellationToken) =>
        await query.ForIdentityCodeAsync(user, input.IdentityCode, Paging.From(input.Page, input.PageSize), cancellationToken) is { } trail
            ? TypedResults.Ok(trail)
            : TypedResults.NotFound();

    public static Task<PagedResult<AuditEntry>> ForPersonAsync(
        Guid personId, int? page, int? pageSize, CurrentUser user, AuditTrailQuery query, CancellationToken cancellationToken) =>
        query.ForPersonAsync(user, personId, Paging.From(page, pageSize), cancellationToken);
}
