using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Paths;

public static class PathsApi
{
    public static void MapPathsApi(this RouteGroupBuilder api) =>
        api.MapGet("/clients/{id:guid}/path", GetAsync)
            .RequireAction(Actions.ClientRead)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The client's position on each path template: the steps with their state (Reached, Active, Proposed, Ahead), the transitions recorded when services started, and the next step proposed once the services of the step reached have ended. Audited.");

    public static async Task<Results<Ok<ClientPath>, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, CurrentUser user, PathQuery paths, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await paths.GetAsync(user, id, cancellationToken)).ToOk(l);
}
