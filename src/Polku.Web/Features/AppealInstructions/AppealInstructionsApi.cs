using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.AppealInstructions;

public static class AppealInstructionsApi
{
    public static void MapAppealInstructionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/appeal-instructions", CurrentAsync)
            .RequireAction(Actions.OrganisationRead)
            .WithSummary("The organisation's current appeal instructions printed on its decisions: the version, and the texts in fi and sv (authority, howToRequest, requestContents, contactDetails). 404 while none have been saved.");
        api.MapPut("/appeal-instructions", SaveAsync)
            .RequireAction(Actions.ConfigurationManage)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Save the texts as the next version; send the version you read (0 when there was none). Old versions never change: a signed decision keeps the version it was printed with. The Finnish texts are required, the Swedish ones optional, but a decision in Swedish cannot be signed without them. Each text at most 4000 characters.");
    }

    public static async Task<Results<Ok<AppealInstructionView>, NotFound>> CurrentAsync(CurrentUser user, AppealInstructionHandlers handlers, CancellationToken cancellationToken) =>
        await handlers.CurrentViewAsync(user.OrganisationId, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    public static async Task<Results<Ok<AppealInstructionView>, ValidationProblem, NotFound, ProblemHttpResult>> SaveAsync(
        AppealInstructionInput input, CurrentUser user, AppealInstructionHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.SaveAsync(user, input, cancellationToken)).ToOk(l);
}
