using System.Security.Claims;
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
        clients.MapPost("/", async (ClientInput input, ClaimsPrincipal principal, ClientHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
                (await handlers.RegisterAsync(principal.ToCurrentUser()!, input, cancellationToken)).ToHttp(l, c => $"/api/v1/clients/{c.Id}"))
            .RequireAction(Actions.ClientCreate)
            .Produces<ClientDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Register a client. A henkilötunnus already registered answers 409 with existingClientId.");
        clients.MapGet("/", (string? search, int? page, int? pageSize, ClaimsPrincipal principal, ClientHandlers handlers, CancellationToken cancellationToken) =>
                handlers.SearchAsync(principal.ToCurrentUser()!, search, Paging.From(page, pageSize), cancellationToken))
            .RequireAction(Actions.ClientSearch)
            .WithSummary("Search by name or by the start of a henkilötunnus; codes are masked in the list.");
        clients.MapGet("/{id:guid}", async Task<Results<Ok<ClientDetails>, NotFound>> (Guid id, ClaimsPrincipal principal, ClientHandlers handlers, CancellationToken cancellationToken) =>
                await handlers.GetAsync(principal.ToCurrentUser()!, id, cancellationToken) is { } client ? TypedResults.Ok(client) : TypedResults.NotFound())
            .RequireAction(Actions.ClientRead)
            .WithSummary("One client. The read is audited.");
        clients.MapPost("/{id:guid}/responsible-worker", async (Guid id, ResponsibleWorkerInput input, ClaimsPrincipal principal, ClientHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
                (await handlers.AssignResponsibleWorkerAsync(principal.ToCurrentUser()!, id, input, cancellationToken)).ToHttp(l))
            .RequireAction(Actions.ResponsibleWorkerAssign)
            .Produces<ClientDetails>()
            .ProducesValidationProblem()
            .WithSummary("Name the responsible worker (SHL § 42); for a client in need of special support, a social worker.");
    }
}
