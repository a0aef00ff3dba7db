using System.Security.Claims;
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
        people.MapGet("/", (ClaimsPrincipal principal, EmployeeHandlers handlers, string? search, int? page, int? pageSize, CancellationToken cancellationToken) =>
                handlers.ListAsync(principal.ToCurrentUser()!, search, Paging.From(page, pageSize), cancellationToken))
            .RequireAction(Actions.EmployeeList)
            .WithSummary("Employees of the user's organisation, by last name, paged.");
        people.MapGet("/{id:guid}", GetAsync)
            .RequireAction(Actions.EmployeeRead)
            .WithSummary("One employee. The read is audited.");
        people.MapPut("/{id:guid}", UpdateAsync)
            .RequireAction(Actions.EmployeeUpdate)
            .Produces<EmployeeDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Change an employee's title and contact details; send the version you read.");
    }

    private static async Task<Results<Ok<EmployeeDetails>, NotFound>> GetAsync(
        Guid id, ClaimsPrincipal principal, EmployeeHandlers handlers, CancellationToken cancellationToken) =>
        await handlers.GetAsync(principal.ToCurrentUser()!, id, cancellationToken) is { } employee
            ? TypedResults.Ok(employee)
            : TypedResults.NotFound();

    private static async Task<IResult> UpdateAsync(
        Guid id, EmployeeUpdate update, ClaimsPrincipal principal, EmployeeHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.UpdateAsync(principal.ToCurrentUser()!, id, update, cancellationToken)).ToHttp(l);
}
