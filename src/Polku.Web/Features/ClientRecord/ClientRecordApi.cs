using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.ClientRecord;

public static class ClientRecordApi
{
    public static void MapClientRecordApi(this RouteGroupBuilder api)
    {
        api.MapPost("/clients/{clientId:guid}/entries", AddEntryAsync)
            .RequireAction(Actions.RecordEntryCreate)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Write an entry: Contact, PhoneCall, HomeVisit, GoingAlong, GuidanceToLowThresholdGroup, NetworkMeeting or Note.");
        api.MapGet("/clients/{clientId:guid}/timeline", TimelineAsync)
            .RequireAction(Actions.ClientRead)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("What every feature recorded about the client, newest first. The read is audited.");
    }

    public static async Task<Results<Created<TimelineItem>, ValidationProblem, NotFound, ProblemHttpResult>> AddEntryAsync(
        Guid clientId, EntryInput input, CurrentUser user, ClientRecordHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.AddEntryAsync(user, clientId, input, cancellationToken)).ToCreated(l, _ => $"/api/v1/clients/{clientId}/timeline");

    public static async Task<Results<Ok<IReadOnlyList<TimelineItem>>, ValidationProblem, NotFound, ProblemHttpResult>> TimelineAsync(
        Guid clientId, CurrentUser user, Timeline timeline, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await timeline.GetAsync(user, clientId, cancellationToken)).ToOk(l);
}
