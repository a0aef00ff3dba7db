using Microsoft.AspNetCore.Http.HttpResults;
using Polku.Domain.Access;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Organisation;

public static class OrganisationApi
{
    public static void MapOrganisationApi(this RouteGroupBuilder api) =>
        api.MapGet("/organisation", GetAsync)
            .RequireAction(Actions.OrganisationRead)
            .WithSummary("The user's organisation, its own units and the providers it works with.");

    public static async Task<Results<Ok<OrganisationView>, NotFound>> GetAsync(CurrentUser user, OrganisationQuery query, CancellationToken cancellationToken) =>
        await query.GetAsync(user, cancellationToken) is { } organisation ? TypedResults.Ok(organisation) : TypedResults.NotFound();
}
