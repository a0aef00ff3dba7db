using System.Security.Claims;
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
        api.MapPost("/referrals", async (ReferralInput input, ClaimsPrincipal principal, ReferralHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
                (await handlers.CreateAsync(principal.ToCurrentUser()!, input, cancellationToken)).ToHttp(l, r => $"/api/v1/referrals?clientId={r.ClientId}"))
            .RequireAction(Actions.ReferralCreate)
            .Produces<ReferralView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithSummary("Take in a referral or contact; the answer includes assessmentStartDueOn in Finnish working days.");
        api.MapGet("/referrals", (string? status, Guid? clientId, int? page, int? pageSize, ClaimsPrincipal principal, ReferralHandlers handlers, CancellationToken cancellationToken) =>
                handlers.ListAsync(principal.ToCurrentUser()!, ParseStatus(status), clientId, Paging.From(page, pageSize), cancellationToken))
            .RequireAction(Actions.ReferralList)
            .WithSummary("Referrals by deadline: status=open (awaiting an assessment), in-assessment, closed or all (default).");
    }

    private static ReferralStatus? ParseStatus(string? status) => status?.ToLowerInvariant() switch
    {
        "open" => ReferralStatus.Open,
        "in-assessment" => ReferralStatus.AssessmentStarted,
        "closed" => ReferralStatus.Closed,
        _ => null,
    };
}
