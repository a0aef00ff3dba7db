using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Instruments;

public static class InstrumentsApi
{
    public static void MapInstrumentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/instruments", ListAsync)
            .RequireAction(Actions.InstrumentRead)
            .WithSummary("The instruments in effect for the user's organisation, the latest version of each: its own and the national defaults it has not made its own. External instruments have a link and no domains.");
        api.MapGet("/instruments/{id:guid}", GetAsync)
            .RequireAction(Actions.InstrumentRead)
            .WithSummary("One instrument version, the latest or an older one kept for the measurements scored on it.");
        api.MapPost("/instruments", CreateAsync)
            .RequireAction(Actions.ConfigurationManage)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("A new instrument of the organisation's own (version 1): key, name in fi/sv/en, raters (Client, Worker, Provider), and either domains with a scale (min, max, labels per step) or external=true with a link.");
        api.MapPut("/instruments/{id:guid}", UpdateAsync)
            .RequireAction(Actions.ConfigurationManage)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Edit the latest version; send the version (concurrency token) you read. A version with measurements, or a national default, is never changed: the edit becomes the organisation's next version (201); an unused own version changes in place (200).");
    }

    public static async Task<Ok<List<InstrumentView>>> ListAsync(CurrentUser user, InstrumentHandlers handlers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handlers.LatestAsync(user, cancellationToken));

    public static async Task<Results<Ok<InstrumentView>, NotFound>> GetAsync(Guid id, CurrentUser user, InstrumentHandlers handlers, CancellationToken cancellationToken) =>
        await handlers.GetAsync(user, id, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    public static async Task<Results<Created<InstrumentView>, ValidationProblem, NotFound, ProblemHttpResult>> CreateAsync(
        InstrumentInput input, CurrentUser user, InstrumentHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.CreateAsync(user, input, cancellationToken)).ToCreated(l, i => $"/api/v1/instruments/{i.Id}");

    public static async Task<Results<Created<InstrumentView>, Ok<InstrumentView>, ValidationProblem, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid id, InstrumentInput input, CurrentUser user, InstrumentHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.UpdateAsync(user, id, input, cancellationToken)).ToSaved(l, i => $"/api/v1/instruments/{i.Id}");
}
