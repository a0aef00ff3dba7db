using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Measurements;

public static class MeasurementsApi
{
    public static void MapMeasurementsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/clients/{clientId:guid}/measurements", RecordAsync)
            .RequireAction(Actions.MeasurementWrite)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Record a measurement: instrumentId (a version), stage (Initial, FollowUp, Final), rater (one the instrument allows), measuredOn, scores { domainCode: score } for every domain within its scale — or, for an external instrument, result and link.");
        api.MapGet("/clients/{clientId:guid}/measurements", GetAsync)
            .RequireAction(Actions.MeasurementRead)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The client's measurements as series, one per instrument (instrumentId limits them to that instrument, all its versions), by date, with each domain's change from the rater's initial measurement. The read is audited.");
    }

    public static async Task<Results<Created<MeasurementView>, ValidationProblem, NotFound, ProblemHttpResult>> RecordAsync(
        Guid clientId, MeasurementInput input, CurrentUser user, MeasurementHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.RecordAsync(user, clientId, input, cancellationToken)).ToCreated(l, m => $"/api/v1/clients/{m.ClientId}/measurements?instrumentId={m.InstrumentId}");

    public static async Task<Results<Ok<ClientMeasurementsView>, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        Guid clientId, Guid? instrumentId, CurrentUser user, MeasurementHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.GetAsync(user, clientId, instrumentId, cancellationToken)).ToOk(l);
}
