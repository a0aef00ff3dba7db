using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Polku.Domain.Access;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Organisation;

public static class OrganisationApi
{
    public static void MapOrganisationApi(this RouteGroupBuilder api) =>
        api.MapGet("/organisation", async Task<Results<Ok<OrganisationView>, NotFound>> (ClaimsPrincipal principal, OrganisationQuery query, CancellationToken cancellationToken) =>
                await query.GetAsync(principal.ToCurrentUser()!, cancellationToken) is { } organisation
                    ? TypedResults.Ok(organisation)
                    : TypedResults.NotFound())
            .RequireAction(Actions.OrganisationRead)
            .WithSummary("The user's organisation, its own units and the providers it works with.");
}
