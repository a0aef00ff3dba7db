using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Assessments;

public static class AssessmentsApi
{
    public static void MapAssessmentsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/clients/{clientId:guid}/assessments", async (Guid clientId, StartAssessmentInput input, ClaimsPrincipal principal, AssessmentHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
                (await handlers.StartAsync(principal.ToCurrentUser()!, clientId, input, cancellationToken)).ToHttp(l, a => $"/api/v1/assessments/{a.Id}"))
            .RequireAction(Actions.AssessmentWrite)
            .Produces<AssessmentView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithSummary("Start a service-need assessment, from a referral (referralId) or directly; previousAssessmentId starts from a completed one.");
        api.MapPut("/assessments/{id:guid}", async (Guid id, AssessmentInput input, ClaimsPrincipal principal, AssessmentHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
                (await handlers.UpdateAsync(principal.ToCurrentUser()!, id, input, cancellationToken)).ToHttp(l))
            .RequireAction(Actions.AssessmentWrite)
            .Produces<AssessmentView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Save an assessment in progress; send the version you read. A completed assessment answers 409.");
        api.MapPost("/assessments/{id:guid}/complete", async (Guid id, CompleteAssessmentInput input, ClaimsPrincipal principal, AssessmentHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
                (await handlers.CompleteAsync(principal.ToCurrentUser()!, id, input, cancellationToken)).ToHttp(l))
            .RequireAction(Actions.AssessmentComplete)
            .Produces<AssessmentView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Complete the assessment; refused with the reasons when the law's contents or the access criteria are not met.");
        api.MapGet("/assessments/{id:guid}", async Task<Results<Ok<AssessmentView>, NotFound>> (Guid id, ClaimsPrincipal principal, AssessmentHandlers handlers, CancellationToken cancellationToken) =>
                await handlers.GetAsync(principal.ToCurrentUser()!, id, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .RequireAction(Actions.AssessmentRead)
            .WithSummary("One assessment with the organisation's access criteria. The read is audited.");
    }
}
