using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Clients;

public sealed record ClientSearchInput(string? Search, ClientScope? Scope, ClientSort? Sort, bool? Descending, int? Page, int? PageSize);

public static class ClientsApi
{
    public static void MapClientsApi(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients");
        clients.MapPost("/", RegisterAsync)
            .RequireAction(Actions.ClientCreate)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Register a client. A henkilötunnus already registered answers 409 with existingClientId. nonDisclosure records a non-disclosure order (turvakielto).");
        clients.MapGet("/", ListAsync)
            .RequireAction(Actions.ClientSearch)
            .WithSummary("The clients the user may see, by name (either order, accents ignored) or birth date; scope=all|mine|team, sort=name|age|language|nextDue, descending. Codes masked; each item carries its permitted actions. A henkilötunnus is searched with POST /clients/search.");
        clients.MapPost("/search", SearchAsync)
            .RequireAction(Actions.ClientSearch)
            .WithSummary("The same search with the terms in the body, so a henkilötunnus (or its start) never lands in an address or a log.");
        clients.MapGet("/{id:guid}", GetAsync)
            .RequireAction(Actions.ClientRead)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("One client with permittedActions. 403 when the organisation's policy hides the client (mayStateReason tells whether stating a reason opens it). Audited. With a non-disclosure order (nonDisclosure), address is null (addressWithheld) for all but the responsible worker.");
        clients.MapPut("/{id:guid}/non-disclosure", SetNonDisclosureAsync)
            .RequireAction(Actions.ClientUpdate)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Set (true) or clear (false) the client's non-disclosure order (turvakielto, Act 661/2009 § 36); send the version you read. Audited.");
        clients.MapPost("/{id:guid}/responsible-worker", AssignResponsibleWorkerAsync)
            .RequireAction(Actions.ResponsibleWorkerAssign)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Name the responsible worker (SHL § 42); for a client in need of special support, a social worker.");
    }

    public static async Task<Results<Created<ClientDetails>, ValidationProblem, NotFound, ProblemHttpResult>> RegisterAsync(
        ClientInput input, CurrentUser user, ClientHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.RegisterAsync(user, input, cancellationToken)).ToCreated(l, c => $"/api/v1/clients/{c.Id}");

    /// <summary>Scope and sort are read case-insensitively ("age" or "Age"); an unknown value is a 400 naming the parameter.</summary>
    public static async Task<Results<Ok<PagedResult<ClientListItem>>, ValidationProblem, NotFound, ProblemHttpResult>> ListAsync(
        string? search, string? scope, string? sort, bool? descending, int? page, int? pageSize,
        CurrentUser user, ClientHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (ClientSearch.IsIdentityCode(search))
        {
            errors["search"] = [l["Clients.CodeInBody"]];
        }

        var parsedScope = Parse(scope, ClientScope.All, "scope", errors, l);
        var parsedSort = Parse(sort, ClientSort.Name, "sort", errors, l);
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors, title: l["Problem.Validation"])
            : (await handlers.SearchAsync(user, new ClientQuery(search, parsedScope, parsedSort, descending == true), Paging.From(page, pageSize), cancellationToken)).ToOk(l);
    }

    private static T Parse<T>(string? text, T fallback, string field, Dictionary<string, string[]> errors, IStringLocalizer<Strings> l)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text[0]))
        {
            return value;
        }

        errors[field] = [l["Validation.UnknownCode"]];
        return fallback;
    }

    public static async Task<Results<Ok<PagedResult<ClientListItem>>, ValidationProblem, NotFound, ProblemHttpResult>> SearchAsync(
        ClientSearchInput input, CurrentUser user, ClientHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.SearchAsync(user, new ClientQuery(input.Search, input.Scope ?? ClientScope.All, input.Sort ?? ClientSort.Name, input.Descending == true),
            Paging.From(input.Page, input.PageSize), cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<ClientDetails>, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, CurrentUser user, ClientHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.GetAsync(user, id, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<ClientDetails>, ValidationProblem, NotFound, ProblemHttpResult>> SetNonDisclosureAsync(
        Guid id, NonDisclosureInput input, CurrentUser user, ClientHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.SetNonDisclosureAsync(user, id, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<ClientDetails>, ValidationProblem, NotFound, ProblemHttpResult>> AssignResponsibleWorkerAsync(
        Guid id, ResponsibleWorkerInput input, CurrentUser user, ClientHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.AssignResponsibleWorkerAsync(user, id, input, cancellationToken)).ToOk(l);
}
