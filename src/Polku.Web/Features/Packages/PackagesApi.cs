using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Packages;

public static class PackagesApi
{
    public static void MapPackagesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/clients/{id:guid}/packages", StartAsync)
            .RequireAction(Actions.ClientServiceArrange)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Start a service package for the client today: name, the organisation's serviceIds, support level (Intensive, Basic, Light), and the client's plan it belongs to (planId). Audited.");
        api.MapGet("/clients/{id:guid}/packages", ListAsync)
            .RequireAction(Actions.ClientRead)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The client's service packages, newest first, each with its services and the history of its support level. Audited.");
        api.MapPost("/packages/{id:guid}/level", ChangeLevelAsync)
            .RequireAction(Actions.ClientServiceArrange)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Move the package to another support level from today, with a note; send the version you read. An ended package answers 409. Audited.");
        api.MapPost("/packages/{id:guid}/end", EndAsync)
            .RequireAction(Actions.ClientServiceArrange)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("End the package on the day given (today by default); send the version you read. Audited.");
    }

    public static async Task<Results<Created<PackageView>, ValidationProblem, NotFound, ProblemHttpResult>> StartAsync(
        Guid id, PackageInput input, CurrentUser user, PackageHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.StartAsync(user, id, input, cancellationToken)).ToCreated(l, p => $"/api/v1/clients/{p.ClientId}/packages");

    public static async Task<Results<Ok<IReadOnlyList<PackageView>>, ValidationProblem, NotFound, ProblemHttpResult>> ListAsync(
        Guid id, CurrentUser user, PackageHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.ListAsync(user, id, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<PackageView>, ValidationProblem, NotFound, ProblemHttpResult>> ChangeLevelAsync(
        Guid id, LevelInput input, CurrentUser user, PackageHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.ChangeLevelAsync(user, id, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<PackageView>, ValidationProblem, NotFound, ProblemHttpResult>> EndAsync(
        Guid id, EndPackageInput input, CurrentUser user, PackageHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.EndAsync(user, id, input, cancellationToken)).ToOk(l);
}
