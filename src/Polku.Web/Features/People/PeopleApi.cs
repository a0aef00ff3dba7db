using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.People;

public static class PeopleApi
{
    public static void MapPeopleApi(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/employees");
        people.MapGet("/", ListAsync)
            .RequireAction(Actions.EmployeeList)
            .WithSummary("Employees of the user's organisation, by last name, paged.");
        people.MapGet("/{id:guid}", GetAsync)
            .RequireAction(Actions.EmployeeRead)
            .WithSummary("One employee. The read is audited.");
        people.MapPut("/{id:guid}", UpdateAsync)
            .RequireAction(Actions.EmployeeUpdate)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Change an employee's title and contact details; send the version you read.");
    }

    public static Task<PagedResult<EmployeeListItem>> ListAsync(
        string? search, int? page, int? pageSize, CurrentUser user, EmployeeHandlers handlers, CancellationToken cancellationToken) =>
        handlers.ListAsync(user, search, Paging.From(page, pageSize), cancellationToken);

    public static async Task<Results<Ok<EmployeeDetails>, NotFound>> GetAsync(
        Guid id, CurrentUser user, EmployeeHandlers handlers, CancellationToken cancellationToken) =>
        await handlers.GetAsync(user, id, cancellationToken) is { } employee
            ? TypedResults.Ok(employee)
            : TypedResults.NotFound();

    public static async Task<Results<Ok<EmployeeDetails>, ValidationProblem, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid id, EmployeeUpdate update, CurrentUser user, EmployeeHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.UpdateAsync(user, id, update, cancellationToken)).ToOk(l);
}
