using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Domain.Referrals;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Referrals;

public static class ReferralsApi
{
    public static void MapReferralsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/referrals", CreateAsync)
            .RequireAction(Actions.ReferralCreate)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Take in a referral or contact; the answer includes assessmentStartDueOn in Finnish working days.");
        api.MapGet("/referrals", ListAsync)
            .RequireAction(Actions.ReferralList)
            .WithSummary("Referrals of the clients the user may see, by deadline. scope=mine|unassigned|all (default); status=open (awaiting an assessment), in-assessment, closed or all (default); source=<code>; clientId.");
        api.MapGet("/referrals/{id:guid}", GetAsync)
            .RequireAction(Actions.ReferralRead)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("One referral with its notifier, handler, deadline and permittedActions. Audited.");
        api.MapPost("/referrals/{id:guid}/handler", AssignHandlerAsync)
            .RequireAction(Actions.ReferralAssign)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Pick up a referral (no employeeId, or your own) or, as a lead, assign it to a worker. One already taken answers 409 naming who has it.");
    }

    public static async Task<Results<Ok<ReferralView>, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, CurrentUser user, ReferralHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.GetAsync(user, id, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<ReferralView>, ValidationProblem, NotFound, ProblemHttpResult>> AssignHandlerAsync(
        Guid id, HandlerInput input, CurrentUser user, ReferralHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.AssignHandlerAsync(user, id, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Created<ReferralView>, ValidationProblem, NotFound, ProblemHttpResult>> CreateAsync(
        ReferralInput input, CurrentUser user, ReferralHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.CreateAsync(user, input, cancellationToken)).ToCreated(l, r => $"/api/v1/referrals?clientId={r.ClientId}");

    public static Task<PagedResult<ReferralView>> ListAsync(
        string? scope, string? status, string? source, Guid? clientId, int? page, int? pageSize, CurrentUser user, ReferralHandlers handlers, CancellationToken cancellationToken) =>
        handlers.ListAsync(user, new ReferralFilter(ParseScope(scope), ParseStatus(status), source, clientId), Paging.From(page, pageSize), cancellationToken);

    public static ReferralScope ParseScope(string? scope) => scope?.ToLowerInvariant() switch
    {
        "mine" => ReferralScope.Mine,
        "unassigned" => ReferralScope.Unassigned,
        _ => ReferralScope.All,
    };

    public static ReferralStatus? ParseStatus(string? status) => status?.ToLowerInvariant() switch
    {
        "open" => ReferralStatus.Open,
        "in-assessment" => ReferralStatus.AssessmentStarted,
        "closed" => ReferralStatus.Closed,
        _ => null,
    };
}
