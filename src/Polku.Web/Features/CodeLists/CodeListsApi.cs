using Microsoft.AspNetCore.Http.HttpResults;
using Polku.Domain.Access;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.CodeLists;

public static class CodeListsApi
{
    public static void MapCodeListsApi(this RouteGroupBuilder api) =>
        api.MapGet("/code-lists/{name}", GetAsync)
            .RequireAction(Actions.CodeListRead)
            .WithSummary("A code list as the user's organisation has it (e.g. referral-sources, situational-factors): [{ code, name: { fi, sv, en } }]. Coded fields take the code.");

    public static async Task<Results<Ok<List<CodeValue>>, NotFound>> GetAsync(string name, CurrentUser user, CodeListQuery query, CancellationToken cancellationToken) =>
        await query.GetAsync(user, name, cancellationToken) is { Count: > 0 } values ? TypedResults.Ok(values) : TypedResults.NotFound();
}
