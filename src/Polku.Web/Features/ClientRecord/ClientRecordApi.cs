using System.Security.Claims;
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
        api.MapPost("/clients/{clientId:guid}/entries", async (Guid clientId, EntryInput input, ClaimsPrincipal principal, ClientRecordHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
                (await handlers.AddEntryAsync(principal.ToCurrentUser()!, clientId, input, cancellationToken)).ToHttp(l, _ => $"/api/v1/clients/{clientId}/timeline"))
            .RequireAction(Actions.RecordEntryCreate)
            .Produces<TimelineItem>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithSummary("Write an entry: Contact, PhoneCall, HomeVisit, GoingAlong, GuidanceToLowThresholdGroup, NetworkMeeting or Note.");
        api.MapGet("/clients/{clientId:guid}/timeline", async Task<Results<Ok<IReadOnlyList<TimelineItem>>, NotFound>> (Guid clientId, ClaimsPrincipal principal, ClientRecordHandlers handlers, CancellationToken cancellationToken) =>
                await handlers.TimelineAsync(principal.ToCurrentUser()!, clientId, cancellationToken) is { } timeline ? TypedResults.Ok(timeline) : TypedResults.NotFound())
            .RequireAction(Actions.ClientRead)
            .WithSummary("Entries, referrals and assessments, newest first. The read is audited.");
    }
}
