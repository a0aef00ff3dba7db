using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Domain.Services;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.ProviderReferrals;

public static class ProviderReferralsApi
{
    public static void MapProviderReferralsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/clients/{id:guid}/provider-referrals", SendAsync)
            .RequireAction(Actions.ClientServiceArrange)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Send the client to a service of the organisation's catalogue: serviceId; decisionId, the client's signed granting decision, when the service requires one; disclosure (Consent or Law) with disclosureNote (when consent was given and how, or the provision relied on), required when the service is not the organisation's own; goals, the keys or titles of the plan goals that concern the service. Only the decision's summary and the goals chosen travel.");
        api.MapGet("/provider-referrals", ListAsync)
            .RequireAction(Actions.ClientServiceRead)
            .WithSummary("Referrals to providers, newest first: a worker's clients' referrals, or for a provider's staff those sent to their organisation. status=sent,accepted,declined,started,ended (any of them, comma-separated); clientId; page, pageSize. Audited.");
        api.MapGet("/provider-referrals/{id:guid}", GetAsync)
            .RequireAction(Actions.ClientServiceRead)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("One referral as it travels: the client's name, birth date and language (never an address), the decision's summary, the goals, the worker and their contact, the history and the next steps the user may take. Audited.");
        MapStep(api, "accept", ProviderReferralStepKind.Accept, "The provider takes the client in. Send the version read.");
        MapStep(api, "decline", ProviderReferralStepKind.Decline, "The provider declines; reason is required.");
        MapStep(api, "start", ProviderReferralStepKind.Start, "The service starts (on, default today); the client's move on the paths is recorded with it.");
        MapStep(api, "end", ProviderReferralStepKind.End, "The service ends (on, default today) with outcome Completed, Interrupted or MovedOn; reason unless Completed. The client's running payment commitments for the service end the same day, and nextSteps proposes where the client's path goes next.");
    }

    public static async Task<Results<Created<ProviderReferralView>, ValidationProblem, NotFound, ProblemHttpResult>> SendAsync(
        Guid id, ProviderReferralInput input, CurrentUser user, ProviderReferralHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.SendAsync(user, id, input, cancellationToken)).ToCreated(l, r => $"/api/v1/provider-referrals/{r.Id}");

    public static async Task<Ok<PagedResult<ProviderReferralView>>> ListAsync(
        CurrentUser user, ProviderReferralHandlers handlers, CancellationToken cancellationToken, string? status = null, Guid? clientId = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await handlers.ListAsync(user, new ProviderReferralFilter(ParseStatuses(status), clientId), Paging.From(page, pageSize), cancellationToken));

    public static async Task<Results<Ok<ProviderReferralView>, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, CurrentUser user, ProviderReferralHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.GetAsync(user, id, cancellationToken)).ToOk(l);

    /// <summary>"sent,accepted" → those statuses; unknown words are ignored.</summary>
    public static IReadOnlyList<ProviderReferralStatus> ParseStatuses(string? status) =>
        (status ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Enum.TryParse<ProviderReferralStatus>(s, ignoreCase: true, out var parsed) ? parsed : (ProviderReferralStatus?)null)
            .OfType<ProviderReferralStatus>().Distinct().ToList();

    private static void MapStep(RouteGroupBuilder api, string path, ProviderReferralStepKind step, string summary) =>
        api.MapPost($"/provider-referrals/{{id:guid}}/{path}", async Task<Results<Ok<ProviderReferralView>, ValidationProblem, NotFound, ProblemHttpResult>> (
                Guid id, ProviderReferralStepInput input, CurrentUser user, ProviderReferralHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
                (await handlers.StepAsync(user, id, step, input, cancellationToken)).ToOk(l))
            .RequireAction(Actions.ClientServiceRespond)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(summary);
}
