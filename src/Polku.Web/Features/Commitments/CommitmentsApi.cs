using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Commitments;

public static class CommitmentsApi
{
    public static void MapCommitmentsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/decisions/{id:guid}/commitment", GiveAsync)
            .RequireAction(Actions.ClientServiceArrange)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Give a payment commitment from a signed granting decision for a purchased service of the organisation (serviceId, startsOn, endsOn, maxUnits; unitPrice and unit default to the service's). Within the decision's term; a decision not in force or not granting, or another commitment for the same client and service on the same days, answers 409. Warns the organisation's commitmentWarningDays before the end. Audited.");
        api.MapGet("/commitments", ListAsync)
            .RequireAction(Actions.ClientServiceRead)
            .WithSummary("Commitments the user may read (a worker's of the clients they may see, a provider's staff those paid to their organisation), soonest ending first, with cost so far, max cost, units left and the warning flag; expiringWithinDays keeps those not ended that end within that many days. Audited.");
        api.MapGet("/commitments/{id:guid}", GetAsync)
            .RequireAction(Actions.ClientServiceRead)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("One commitment. Audited.");
        api.MapPut("/commitments/{id:guid}/usage", UsageAsync)
            .RequireAction(Actions.ClientServiceRespond)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the units invoiced in all (unitsUsed, with the version read): by the provider or the worker. More than maxUnits, or fewer than already recorded, answers 400.");
        api.MapPost("/commitments/{id:guid}/end", EndAsync)
            .RequireAction(Actions.ClientServiceArrange)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("End the commitment with its service: on is the last day paid for, within the commitment's period. Ending twice answers 409.");
        api.MapGet("/service-settings", SettingsAsync)
            .RequireAction(Actions.ServiceManage)
            .WithSummary("The organisation's service settings: commitmentWarningDays (default 30), dailyActivityMoney and travelCardMinSessions (none by default); isDefault while the organisation has saved none.");
        api.MapPut("/service-settings", SetSettingsAsync)
            .RequireAction(Actions.ServiceManage)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Save the service settings whole with the version read (0 for the first save): commitmentWarningDays 1–365, dailyActivityMoney 0–1000 € or none, travelCardMinSessions 1–31 or none. New commitments warn by the new number of days.");
    }

    public static async Task<Results<Created<CommitmentView>, ValidationProblem, NotFound, ProblemHttpResult>> GiveAsync(
        Guid id, CommitmentInput input, CurrentUser user, CommitmentHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.GiveAsync(user, id, input, cancellationToken)).ToCreated(l, c => $"/api/v1/commitments/{c.Id}");

    public static async Task<Ok<IReadOnlyList<CommitmentView>>> ListAsync(
        CurrentUser user, CommitmentHandlers handlers, CancellationToken cancellationToken, int? expiringWithinDays = null, Guid? clientId = null) =>
        TypedResults.Ok(await handlers.ListAsync(user, expiringWithinDays, clientId, cancellationToken));

    public static async Task<Results<Ok<CommitmentView>, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, CurrentUser user, CommitmentHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.GetAsync(user, id, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<CommitmentView>, ValidationProblem, NotFound, ProblemHttpResult>> UsageAsync(
        Guid id, UsageInput input, CurrentUser user, CommitmentHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.UsageAsync(user, id, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<CommitmentView>, ValidationProblem, NotFound, ProblemHttpResult>> EndAsync(
        Guid id, EndInput input, CurrentUser user, CommitmentHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.EndAsync(user, id, input, cancellationToken)).ToOk(l);

    public static Task<ServiceSettingsView> SettingsAsync(CurrentUser user, ServiceSettingsHandlers handlers, CancellationToken cancellationToken) =>
        handlers.GetAsync(user, cancellationToken);

    public static async Task<Results<Ok<ServiceSettingsView>, ValidationProblem, NotFound, ProblemHttpResult>> SetSettingsAsync(
        ServiceSettingsInput input, CurrentUser user, ServiceSettingsHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.SetAsync(user, input, cancellationToken)).ToOk(l);
}
