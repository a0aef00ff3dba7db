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
            .WithSummary("Referrals of the clients the user may see, by deadline: status=open (awaiting an assessment), in-assessment, closed or all (default).");
    }

    public static async Task<Results<Created<ReferralView>, ValidationProblem, NotFound, ProblemHttpResult>> CreateAsync(
        ReferralInput input, CurrentUser user, ReferralHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.CreateAsync(user, input, cancellationToken)).ToCreated(l, r => $"/api/v1/referrals?clientId={r.ClientId}");

    public static Task<PagedResult<ReferralView>> ListAsync(
        string? status, Guid? clientId, int? page, int? pageSize, CurrentUser user, ReferralHandlers handlers, CancellationToken cancellationToken) =>
        handlers.ListAsync(user, ParseStatus(status), clientId, Paging.From(page, pageSize), cancellationToken);

    private static ReferralStatus? ParseStatus(string? status) => status?.ToLowerInvariant() switch
    {
        "open" => ReferralStatus.Open,
        "in-assessment" => ReferralStatus.AssessmentStarted,
        "closed" => ReferralStatus.Closed,
        _ => null,
    };
}
