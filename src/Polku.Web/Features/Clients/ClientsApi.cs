using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Clients;

public static class ClientsApi
{
    public static void MapClientsApi(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients");
        clients.MapPost("/", RegisterAsync)
            .RequireAction(Actions.ClientCreate)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Register a client. A henkilötunnus already registered answers 409 with existingClientId.");
        clients.MapGet("/", SearchAsync)
            .RequireAction(Actions.ClientSearch)
            .WithSummary("The clients the user may see, by name or the start of a henkilötunnus; codes masked, each with the actions permitted on it.");
        clients.MapGet("/{id:guid}", GetAsync)
            .RequireAction(Actions.ClientRead)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("One client with permittedActions. 403 when the organisation's policy hides the client (mayStateReason tells whether stating a reason opens it). Audited.");
        clients.MapPost("/{id:guid}/responsible-worker", AssignResponsibleWorkerAsync)
            .RequireAction(Actions.ResponsibleWorkerAssign)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Name the responsible worker (SHL § 42); for a client in need of special support, a social worker.");
    }

    public static async Task<Results<Created<ClientDetails>, ValidationProblem, NotFound, ProblemHttpResult>> RegisterAsync(
        ClientInput input, CurrentUser user, ClientHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.RegisterAsync(user, input, cancellationToken)).ToCreated(l, c => $"/api/v1/clients/{c.Id}");

    public static Task<PagedResult<ClientListItem>> SearchAsync(
        string? search, int? page, int? pageSize, CurrentUser user, ClientHandlers handlers, CancellationToken cancellationToken) =>
        handlers.SearchAsync(user, search, Paging.From(page, pageSize), cancellationToken);

    public static async Task<Results<Ok<ClientDetails>, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, CurrentUser user, ClientHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.GetAsync(user, id, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<ClientDetails>, ValidationProblem, NotFound, ProblemHttpResult>> AssignResponsibleWorkerAsync(
        Guid id, ResponsibleWorkerInput input, CurrentUser user, ClientHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.AssignResponsibleWorkerAsync(user, id, input, cancellationToken)).ToOk(l);
}
