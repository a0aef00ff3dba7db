using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Profile;

public sealed record OrganisationRef(Guid Id, string Name);

/// <summary>The signed-in user; <see cref="EmployeeId"/> is the id to use where the API names an employee (e.g. responsible worker).</summary>
public sealed record MeResponse(Guid EmployeeId, string UserName, string DisplayName, OrganisationRef Organisation, IReadOnlyList<string> Roles, IReadOnlyList<string> Actions);

public static class ProfileApi
{
    public static void MapMeApi(this RouteGroupBuilder api) =>
        api.MapGet("/me", GetAsync)
            .RequireAction(Actions.ProfileRead)
            .WithSummary("The signed-in user, their organisation, roles and permitted actions.");

    public static async Task<Results<Ok<MeResponse>, NotFound>> GetAsync(CurrentUser user, PolkuDbContext db, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == user.OrganisationId)
            .Select(o => o.Name)
            .SingleOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new MeResponse(
            user.Id,
            user.UserName,
            user.DisplayName,
            new OrganisationRef(user.OrganisationId, organisation.In(UiLanguage.Current)),
            user.Roles.Select(r => r.ToString()).ToArray(),
            Actions.All.Where(user.Can).ToArray()));
    }
}
