using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Domain.Services;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Services;

public static class ServicesApi
{
    public static void MapServicesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/providers", ProvidersAsync)
            .RequireAction(Actions.ServiceRead)
            .WithSummary("The organisation's partners (name, business id, production mode, contacts) and its own units that run services.");
        api.MapPost("/providers", AddProviderAsync)
            .RequireAction(Actions.ServiceManage)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Add a provider (code = business id) and the partnership with it (mode, contacts). A provider already known by its business id is linked, not duplicated; one already a partner answers 409.");
        api.MapGet("/services", SearchAsync)
            .RequireAction(Actions.ServiceRead)
            .WithSummary("Active services (a provider's staff: those their organisation provides), filtered by language (fi/sv/en), age, type, hasRoom and lowThreshold; each with its provider or unit, clients in service, free places, waiting count and median wait now.");
        api.MapPost("/services", CreateAsync)
            .RequireAction(Actions.ServiceManage)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Add a service to the catalogue. A purchased or third-sector service names a partner provider, an own one a unit; the code is unique in the organisation (409).");
        api.MapGet("/services/{id:guid}", GetAsync)
            .RequireAction(Actions.ServiceRead)
            .WithSummary("The service whole, with clients in service, free places and its queue's median and longest wait now and over the last 365 days.");
        api.MapPut("/services/{id:guid}", UpdateAsync)
            .RequireAction(Actions.ServiceManage)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Save the service whole; send the version you read (409 when someone changed it meanwhile).");
        api.MapPost("/services/{id:guid}/queue", JoinAsync)
            .RequireAction(Actions.ClientServiceArrange)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Put the client in the service's queue (urgent first). Outside the service's age range answers 400 naming the range and the client's age; a client already in the queue 409. A decisionId must be the client's. Audited.");
        api.MapGet("/services/{id:guid}/queue", QueueAsync)
            .RequireAction(Actions.ServiceRead)
            .WithSummary("The queue in turn: place, days waited, urgent, status; clients named only where the user may read their services (others \"—\"). Median and longest wait now and over the last 365 days. Audited.");
        MapStep(api, "offer", QueueStep.Offer, "Offer the client a place; the client still counts as waiting until the service starts. Audited.");
        MapStep(api, "start", QueueStep.Start, "Start the service: takes a free place (409 when all are taken), starts the client's open referral to the service and records the move on the client's paths. Audited.");
        MapStep(api, "withdraw", QueueStep.Withdraw, "Take the client out of the queue without starting. Audited.");
        api.MapPut("/queue-entries/{id:guid}/urgent", UrgentAsync)
            .RequireAction(Actions.ClientServiceArrange)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Mark a motivated client's start urgent (or not): urgent clients go first. Audited.");
        api.MapPost("/clients/{id:guid}/guidance", GuideAsync)
            .RequireAction(Actions.ClientServiceArrange)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Record guidance to a low-threshold service (one needing no decision; otherwise 400). Shown on the client's timeline. Audited.");
    }

    public static async Task<Ok<IReadOnlyList<ProviderRow>>> ProvidersAsync(CurrentUser user, ProviderHandlers handlers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handlers.ListAsync(user, cancellationToken));

    public static async Task<Results<Created<ProviderRow>, ValidationProblem, NotFound, ProblemHttpResult>> AddProviderAsync(
        ProviderInput input, CurrentUser user, ProviderHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.CreateAsync(user, input, cancellationToken)).ToCreated(l, _ => "/api/v1/providers");

    public static async Task<Ok<IReadOnlyList<ServiceRow>>> SearchAsync(
        CurrentUser user, ServiceHandlers handlers, CancellationToken cancellationToken,
        string? language = null, int? age = null, ServiceType? type = null, bool hasRoom = false, bool? lowThreshold = null) =>
        TypedResults.Ok(await handlers.SearchAsync(user, new ServiceFilter(language, age, type, hasRoom, lowThreshold), cancellationToken));

    public static async Task<Results<Created<ServiceView>, ValidationProblem, NotFound, ProblemHttpResult>> CreateAsync(
        ServiceInput input, CurrentUser user, ServiceHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.CreateAsync(user, input, cancellationToken)).ToCreated(l, s => $"/api/v1/services/{s.Id}");

    public static async Task<Results<Ok<ServiceView>, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, CurrentUser user, ServiceHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.GetAsync(user, id, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<ServiceView>, ValidationProblem, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid id, ServiceInput input, CurrentUser user, ServiceHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.UpdateAsync(user, id, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Created<QueueEntryRow>, ValidationProblem, NotFound, ProblemHttpResult>> JoinAsync(
        Guid id, JoinQueueInput input, CurrentUser user, QueueHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.JoinAsync(user, id, input, cancellationToken)).ToCreated(l, _ => $"/api/v1/services/{id}/queue");

    public static async Task<Results<Ok<QueueView>, ValidationProblem, NotFound, ProblemHttpResult>> QueueAsync(
        Guid id, CurrentUser user, QueueHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.QueueAsync(user, id, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<QueueEntryRow>, ValidationProblem, NotFound, ProblemHttpResult>> UrgentAsync(
        Guid id, UrgentInput input, CurrentUser user, QueueHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.MarkUrgentAsync(user, id, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Created<GuidanceView>, ValidationProblem, NotFound, ProblemHttpResult>> GuideAsync(
        Guid id, GuidanceInput input, CurrentUser user, GuidanceHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.RecordAsync(user, id, input, cancellationToken)).ToCreated(l, _ => $"/api/v1/clients/{id}/timeline");

    private static void MapStep(RouteGroupBuilder api, string path, QueueStep step, string summary) =>
        api.MapPost($"/queue-entries/{{id:guid}}/{path}", async Task<Results<Ok<QueueEntryRow>, ValidationProblem, NotFound, ProblemHttpResult>> (
                Guid id, QueueStepInput? input, CurrentUser user, QueueHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
                (await handlers.StepAsync(user, id, step, input ?? new(), cancellationToken)).ToOk(l))
            .RequireAction(Actions.ClientServiceArrange)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(summary);
}
