using Microsoft.AspNetCore.Http.HttpResults;
using Polku.Domain.Access;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.CodeLists;

public static class CodeListsApi
{
    public static void MapCodeListsApi(this RouteGroupBuilder api) =>
        api.MapGet("/code-lists/{name}", async Task<Results<Ok<List<CodeValue>>, NotFound>> (string name, CodeListQuery query, CancellationToken cancellationToken) =>
                await query.GetAsync(name, cancellationToken) is { Count: > 0 } values ? TypedResults.Ok(values) : TypedResults.NotFound())
            .RequireAction(Actions.CodeListRead)
            .WithSummary("A code list (e.g. referral-sources, situational-factors): [{ code, name: { fi, sv, en } }]. Coded fields take the code.");
}
