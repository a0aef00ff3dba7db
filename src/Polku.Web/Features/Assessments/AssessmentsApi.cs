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
        api.MapPost("/clients/{clientId:guid}/assessments", StartAsync)
            .RequireAction(Actions.AssessmentWrite)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Start a service-need assessment, from a referral (referralId) or directly; previousAssessmentId starts from a completed one.");
        api.MapPut("/assessments/{id:guid}", UpdateAsync)
            .RequireAction(Actions.AssessmentWrite)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Save an assessment in progress; send the version you read. A completed assessment answers 409.");
        api.MapPost("/assessments/{id:guid}/complete", CompleteAsync)
            .RequireAction(Actions.AssessmentComplete)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Complete the assessment; refused with the reasons when the law's contents or the access criteria are not met.");
        api.MapGet("/assessments/{id:guid}", GetAsync)
            .RequireAction(Actions.AssessmentRead)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("One assessment with the organisation's access criteria and permittedActions. The read is audited.");
    }

    public static async Task<Results<Created<AssessmentView>, ValidationProblem, NotFound, ProblemHttpResult>> StartAsync(
        Guid clientId, StartAssessmentInput input, CurrentUser user, AssessmentHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.StartAsync(user, clientId, input, cancellationToken)).ToCreated(l, a => $"/api/v1/assessments/{a.Id}");

    public static async Task<Results<Ok<AssessmentView>, ValidationProblem, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid id, AssessmentInput input, CurrentUser user, AssessmentHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.UpdateAsync(user, id, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<AssessmentView>, ValidationProblem, NotFound, ProblemHttpResult>> CompleteAsync(
        Guid id, CompleteAssessmentInput input, CurrentUser user, AssessmentHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.CompleteAsync(user, id, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<AssessmentView>, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, CurrentUser user, AssessmentHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.GetAsync(user, id, cancellationToken)).ToOk(l);
}
