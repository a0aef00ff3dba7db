using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Domain.Decisions;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Decisions;

public static class DecisionsApi
{
    public static void MapDecisionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/decision-types", TypesAsync)
            .RequireAction(Actions.DecisionTypeRead)
            .WithSummary("The decision types the organisation decides on, each with the provisions it may rest on (with their validity), its usual term and whether it may be granted until further notice.");
        api.MapPost("/clients/{clientId:guid}/decisions", StartAsync)
            .RequireAction(Actions.DecisionWrite)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Start a draft decision of typeCode (in the client's language, from today for the type's usual term), or carry over an expiring decision (continuesId) or an annulled one to correct (correctsId). The chain in force for the client's area is kept with it. A role the chain does not let prepare answers 403 saying who can.");
        api.MapGet("/decisions", RegisterAsync)
            .RequireAction(Actions.DecisionRead)
            .WithSummary("The decision register: decisions of clients the user may read, newest first, filtered by clientId, status, typeCode and givenBeforeDecision, paged (page, pageSize ≤ 100). Audited.");
        api.MapGet("/decisions/waiting", WaitingAsync)
            .RequireAction(Actions.DecisionRead)
            .WithSummary("Decisions waiting for the user: own drafts to submit, the steering group's agenda, proposals the user may sign by each decision's chain, signed ones to deliver. Audited.");
        api.MapGet("/decisions/ending", EndingAsync)
            .RequireAction(Actions.DecisionRead)
            .WithSummary("Decisions in force whose term ends within withinDays (default 30) and that no later decision continues. Audited.");
        api.MapGet("/decisions/{id:guid}", GetAsync)
            .RequireAction(Actions.DecisionRead)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The decision: content, status, the chain it is made under, each next step allowed or refused with who can, history, deliveries, requests for rectification and archive metadata. Audited.");
        api.MapPut("/decisions/{id:guid}", UpdateAsync)
            .RequireAction(Actions.DecisionWrite)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Save the draft whole; send the version you read. Only a draft is edited: a signed decision never changes (409) — annul it and start a correction.");
        MapStep(api, "submit", DecisionStep.Submit, "Hand the draft on: to the client steering group where the chain has one, else for signing. Needs everything a signed decision must say.");
        MapStep(api, "steering-group-review", DecisionStep.SteeringGroupReview, "The client steering group has dealt with the case; its statement goes in note. The decision is proposed for signing.");
        MapStep(api, "sign", DecisionStep.Sign, "Decide. Only a role the decision's chain lets sign (and for a client in need of special support a social worker, SHL § 46); a refusal says who can. Needs complete content and the organisation's appeal instructions in the decision's language.");
        MapStep(api, "annul", DecisionStep.Annul, "Annul a signed decision with its reason in note (a correction is an annulment plus a new decision with correctsId).");
        api.MapPost("/decisions/{id:guid}/deliver", DeliverAsync)
            .RequireAction(Actions.DecisionWrite)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Deliver a signed decision: letter (to the print batch; delivered when posted), inPerson (delivered today) or electronic (when a channel is configured). The appeal dates follow from the method. Delivering twice answers 409.");
        api.MapGet("/decisions/{id:guid}/pdf", PdfAsync)
            .RequireAction(Actions.DecisionRead)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The decision as a PDF in its own language (Finnish or Swedish) with what HL § 44 requires, the appeal instructions, the last day to request rectification once delivered, and archive metadata. Audited.");
        api.MapGet("/decision-letters", LettersAsync)
            .RequireAction(Actions.DecisionWrite)
            .WithSummary("Decision letters waiting for the print batch (of clients the user may prepare decisions for). Audited.");
        api.MapPost("/decision-letters/post", PostLettersAsync)
            .RequireAction(Actions.DecisionWrite)
            .WithSummary("Post the waiting letters today: each decision is delivered by letter from today (deemed received on the 7th day). Answers the day and the count; the batch prints from /decision-letters/pdf?postedOn=.");
        api.MapGet("/decision-letters/pdf", LettersPdfAsync)
            .RequireAction(Actions.DecisionWrite)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithSummary("The letters posted on postedOn as one PDF, each decision in its own language; 404 when none. Audited.");
        api.MapPost("/decisions/{id:guid}/rectification-requests", RecordRequestAsync)
            .RequireAction(Actions.DecisionWrite)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record a request for rectification as received (receivedOn, request). One received after the last day is recorded and flagged isLate.");
        api.MapPut("/decisions/{id:guid}/rectification-requests/{requestId:guid}", HandleRequestAsync)
            .RequireAction(Actions.DecisionSign)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record how the request was handled: rectified, rejected or dismissed, with the handling. Once.");
    }

    public static async Task<Ok<IReadOnlyList<DecisionTypeView>>> TypesAsync(CurrentUser user, DecisionTypeQuery types, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<DecisionTypeView>>(
            (await types.AllAsync(user.OrganisationId, cancellationToken)).Select(t => DecisionTypeQuery.View(t, UiLanguage.Current)).ToList());

    public static async Task<Results<Created<DecisionView>, ValidationProblem, NotFound, ProblemHttpResult>> StartAsync(
        Guid clientId, NewDecisionInput input, CurrentUser user, DecisionHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.StartAsync(user, clientId, input, cancellationToken)).ToCreated(l, d => $"/api/v1/decisions/{d.Id}");

    public static async Task<Ok<PagedResult<DecisionRow>>> RegisterAsync(
        CurrentUser user, DecisionHandlers handlers, CancellationToken cancellationToken,
        Guid? clientId = null, DecisionStatus? status = null, string? typeCode = null, bool givenBeforeDecision = false, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await handlers.RegisterAsync(user, new DecisionFilter(clientId, status, typeCode, givenBeforeDecision), Paging.From(page, pageSize), cancellationToken));

    public static async Task<Ok<IReadOnlyList<WaitingDecision>>> WaitingAsync(CurrentUser user, DecisionHandlers handlers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handlers.WaitingAsync(user, cancellationToken));

    public static async Task<Ok<IReadOnlyList<DecisionRow>>> EndingAsync(
        CurrentUser user, DecisionHandlers handlers, CancellationToken cancellationToken, int withinDays = 30) =>
        TypedResults.Ok(await handlers.EndingAsync(user, withinDays, cancellationToken));

    public static async Task<Results<Ok<DecisionView>, ValidationProblem, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, CurrentUser user, DecisionHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.GetAsync(user, id, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<DecisionView>, ValidationProblem, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid id, DecisionInput input, CurrentUser user, DecisionHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.UpdateAsync(user, id, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<DecisionView>, ValidationProblem, NotFound, ProblemHttpResult>> DeliverAsync(
        Guid id, DeliveryInput input, CurrentUser user, DeliveryHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.DeliverAsync(user, id, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Created<RectificationView>, ValidationProblem, NotFound, ProblemHttpResult>> RecordRequestAsync(
        Guid id, RectificationRequestInput input, CurrentUser user, RectificationHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.RecordAsync(user, id, input, cancellationToken)).ToCreated(l, _ => $"/api/v1/decisions/{id}");

    public static async Task<Results<Ok<RectificationView>, ValidationProblem, NotFound, ProblemHttpResult>> HandleRequestAsync(
        Guid id, Guid requestId, RectificationHandlingInput input, CurrentUser user, RectificationHandlers handlers, IStringLocalizer<Strings> l,
        CancellationToken cancellationToken) =>
        (await handlers.HandleAsync(user, id, requestId, input, cancellationToken)).ToOk(l);

    public static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> PdfAsync(
        Guid id, CurrentUser user, DecisionDocuments documents, Clock clock, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await documents.ForAsync(user, id, cancellationToken)).ToPdf(l, d => (DecisionPdf.Render(d, l, clock.Now), DecisionPdf.FileName(d, l)));

    public static async Task<Ok<IReadOnlyList<LetterRow>>> LettersAsync(CurrentUser user, LetterBatch letters, CancellationToken cancellationToken) =>
        TypedResults.Ok(await letters.WaitingAsync(user, cancellationToken));

    public static async Task<Ok<PostedBatch>> PostLettersAsync(CurrentUser user, LetterBatch letters, CancellationToken cancellationToken) =>
        TypedResults.Ok(await letters.PostAsync(user, cancellationToken));

    public static async Task<Results<FileContentHttpResult, NotFound>> LettersPdfAsync(
        DateOnly postedOn, CurrentUser user, LetterBatch letters, CancellationToken cancellationToken) =>
        await letters.PdfAsync(user, postedOn, cancellationToken) is { } pdf
            ? TypedResults.File(pdf, "application/pdf", $"letters-{postedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.pdf")
            : TypedResults.NotFound();

    private static void MapStep(RouteGroupBuilder api, string path, DecisionStep step, string summary) =>
        api.MapPost($"/decisions/{{id:guid}}/{path}", async Task<Results<Ok<DecisionView>, ValidationProblem, NotFound, ProblemHttpResult>> (
                Guid id, DecisionStepInput input, CurrentUser user, DecisionHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
                (await handlers.StepAsync(user, id, step, input, cancellationToken)).ToOk(l))
            .RequireAction(DecisionHandlers.ActionFor(step))
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(summary);
}
