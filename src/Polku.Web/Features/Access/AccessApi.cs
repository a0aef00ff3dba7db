using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Access;

public static class AccessApi
{
    public static void MapAccessApi(this RouteGroupBuilder api)
    {
        api.MapPost("/clients/{clientId:guid}/stated-reasons", StateAsync)
            .RequireAction(Actions.ClientAccessWithReason)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Open a client that the organisation's policy hides, by stating a reason (UrgentMatter, CoveringColleague, ClientContactedMe, Other with an explanation). Lasts 8 hours; logged, shown to the responsible worker and listed for the registrar.");
        api.MapGet("/stated-reasons", ReviewListAsync)
            .RequireAction(Actions.AccessReasonReview)
            .WithSummary("The organisation's accesses with a stated reason, newest first; unreviewed=true lists those not yet reviewed.");
        api.MapPost("/stated-reasons/{id:guid}/reviewed", MarkReviewedAsync)
            .RequireAction(Actions.AccessReasonReview)
            .WithSummary("The registrar has reviewed this access.");
    }

    public static async Task<Results<Created<StatedReasonView>, ValidationProblem, NotFound, ProblemHttpResult>> StateAsync(
        Guid clientId, StateReasonInput input, CurrentUser user, StatedReasonHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.StateAsync(user, clientId, input, cancellationToken)).ToCreated(l, _ => $"/api/v1/clients/{clientId}");

    public static Task<PagedResult<StatedReasonView>> ReviewListAsync(
        bool? unreviewed, int? page, int? pageSize, CurrentUser user, StatedReasonHandlers handlers, CancellationToken cancellationToken) =>
        handlers.ReviewListAsync(user, unreviewed == true, Paging.From(page, pageSize), cancellationToken);

    public static async Task<Results<Ok<StatedReasonView>, ValidationProblem, NotFound, ProblemHttpResult>> MarkReviewedAsync(
        Guid id, CurrentUser user, StatedReasonHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.MarkReviewedAsync(user, id, cancellationToken)).ToOk(l);
}
