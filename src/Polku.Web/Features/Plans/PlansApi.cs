using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Plans;

public static class PlansApi
{
    public static void MapPlansApi(this RouteGroupBuilder api)
    {
        api.MapPost("/clients/{clientId:guid}/plans", StartAsync)
            .RequireAction(Actions.PlanWrite)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Start the client plan from the completed assessment (the latest, or assessmentId), carrying its content over. Without a completed assessment a startReason is required. A client with an open plan answers 409 with its planId.");
        api.MapGet("/plans/{id:guid}", GetAsync)
            .RequireAction(Actions.PlanRead)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The plan: the draft or the version in force, every version's summary, the reviews with gasTScore, and permittedActions. Audited.");
        api.MapPut("/plans/{id:guid}", UpdateAsync)
            .RequireAction(Actions.PlanWrite)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Save the draft whole; send the plan's version you read. An agreed version is locked (409: revise it); a stale version answers 409.");
        api.MapPost("/plans/{id:guid}/agree", AgreeAsync)
            .RequireAction(Actions.PlanWrite)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Agree the draft with the client: it becomes the locked version in force. Refused with reasons until it has goals, duration, support level, the client's agreement and a next review within the organisation's months.");
        api.MapPost("/plans/{id:guid}/revise", ReviseAsync)
            .RequireAction(Actions.PlanWrite)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Start a new draft version from the version in force, which stays in force until the new one is agreed.");
        api.MapGet("/plans/{id:guid}/versions/{number:int}", VersionAsync)
            .RequireAction(Actions.PlanRead)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("One version exactly as written or agreed. Audited.");
        api.MapGet("/plans/{id:guid}/pdf", PdfAsync)
            .RequireAction(Actions.PlanRead)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The plan as a PDF in the client's language (Finnish or Swedish): the draft or the version in force, or ?version=n. Audited.");
        api.MapPost("/plans/{id:guid}/reviews", ReviewAsync)
            .RequireAction(Actions.PlanReview)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record a follow-up review of the version in force: every goal rated −2…+2, every service and method evaluated, the outcome and the next review. Answers with gasTScore (ρ = 0.3).");
        api.MapGet("/reviews/due", DueAsync)
            .RequireAction(Actions.PlanRead)
            .WithSummary("Reviews due within withinDays (default 14, at most 365) and overdue ones: the user's own clients, or for a lead the whole team.");
    }

    public static async Task<Results<Created<PlanView>, ValidationProblem, NotFound, ProblemHttpResult>> StartAsync(
        Guid clientId, StartPlanInput input, CurrentUser user, PlanHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.StartAsync(user, clientId, input, cancellationToken)).ToCreated(l, p => $"/api/v1/plans/{p.Id}");

    public static async Task<Results<Ok<PlanView>, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, CurrentUser user, PlanHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.GetAsync(user, id, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<PlanView>, ValidationProblem, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid id, PlanInput input, CurrentUser user, PlanHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.UpdateAsync(user, id, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<PlanView>, ValidationProblem, NotFound, ProblemHttpResult>> AgreeAsync(
        Guid id, PlanVersionInput input, CurrentUser user, PlanHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.AgreeAsync(user, id, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<PlanView>, ValidationProblem, NotFound, ProblemHttpResult>> ReviseAsync(
        Guid id, PlanVersionInput input, CurrentUser user, PlanHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.ReviseAsync(user, id, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<PlanVersionView>, ValidationProblem, NotFound, ProblemHttpResult>> VersionAsync(
        Guid id, int number, CurrentUser user, PlanHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.VersionAsync(user, id, number, cancellationToken)).ToOk(l);

    public static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> PdfAsync(
        Guid id, CurrentUser user, PlanPdf pdf, IStringLocalizer<Strings> l, CancellationToken cancellationToken, int? version = null) =>
        (await pdf.CreateAsync(user, id, version, cancellationToken)).ToPdf(l, d => (d.Content, d.FileName));

    public static async Task<Results<Created<ReviewView>, ValidationProblem, NotFound, ProblemHttpResult>> ReviewAsync(
        Guid id, ReviewInput input, CurrentUser user, ReviewHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.RecordAsync(user, id, input, cancellationToken)).ToCreated(l, r => $"/api/v1/plans/{r.PlanId}");

    public static async Task<Ok<IReadOnlyList<DueReview>>> DueAsync(
        CurrentUser user, ReviewHandlers handlers, CancellationToken cancellationToken, int withinDays = 14) =>
        TypedResults.Ok(await handlers.DueAsync(user, withinDays, ReviewHandlers.SeesTeam(user), 200, cancellationToken));
}
