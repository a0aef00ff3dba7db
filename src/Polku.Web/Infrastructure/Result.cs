using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Infrastructure;

public enum Outcome
{
    Ok,
    Created,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>
/// What a handler did, for a page to show and an endpoint to answer with: the value, the fields to correct,
/// a refusal, or a conflict and why (in the user's language).
/// </summary>
public sealed record Result<T>(
    Outcome Outcome,
    T? Value = default,
    Dictionary<string, string[]>? Errors = null,
    string? Message = null,
    Dictionary<string, object?>? Extensions = null)
{
    public bool Succeeded => Outcome is Outcome.Ok or Outcome.Created;

    public static Result<T> Ok(T value) => new(Outcome.Ok, value);

    public static Result<T> Created(T value) => new(Outcome.Created, value);

    public static Result<T> NotFound() => new(Outcome.NotFound);

    public static Result<T> Invalid(Dictionary<string, string[]> errors) => new(Outcome.Invalid, Errors: errors);

    public static Result<T> Invalid(string field, string message) => Invalid(new() { [field] = [message] });

    public static Result<T> Conflict(string message, Dictionary<string, object?>? extensions = null) =>
        new(Outcome.Conflict, Message: message, Extensions: extensions);

    /// <summary>The refusal of an access check that did not allow: hidden (403, perhaps open by stating a reason) or not found.</summary>
    public static Result<T> Refused(ClientAccessCheck check) => check.Outcome == AccessOutcome.Hidden
        ? new(Outcome.Forbidden, Extensions: new() { ["mayStateReason"] = check.MayStateReason })
        : NotFound();

    /// <summary>A refusal by a rule rather than by access to the client (403): the message says why and who can.</summary>
    public static Result<T> NotPermitted(string message, Dictionary<string, object?>? extensions = null) =>
        new(Outcome.Forbidden, Message: message, Extensions: extensions);

    /// <summary>The same refusal for another kind of value.</summary>
    public Result<TOther> As<TOther>() => Succeeded
        ? throw new InvalidOperationException("Only a refusal changes type.")
        : new(Outcome, default, Errors, Message, Extensions);
}

public static class ResultHttp
{
    /// <summary>200 with the value, or the refusal as problem details (400 validation, 403, 404, 409).</summary>
    public static Results<Ok<T>, ValidationProblem, NotFound, ProblemHttpResult> ToOk<T>(this Result<T> result, IStringLocalizer<Strings> l) =>
        result.Outcome switch
        {
            Outcome.Ok or Outcome.Created => TypedResults.Ok(result.Value),
            Outcome.Invalid => TypedResults.ValidationProblem(result.Errors!, title: l["Problem.Validation"]),
            Outcome.NotFound => TypedResults.NotFound(),
            _ => result.ToProblem(l),
        };

    /// <summary>201 with the value and its address, or the refusal as problem details.</summary>
    public static Results<Created<T>, ValidationProblem, NotFound, ProblemHttpResult> ToCreated<T>(this Result<T> result, IStringLocalizer<Strings> l, Func<T, string> location) =>
        result.Outcome switch
        {
            Outcome.Ok or Outcome.Created => TypedResults.Created(location(result.Value!), result.Value),
            Outcome.Invalid => TypedResults.ValidationProblem(result.Errors!, title: l["Problem.Validation"]),
            Outcome.NotFound => TypedResults.NotFound(),
            _ => result.ToProblem(l),
        };

    /// <summary>For an add-or-change: 201 when the value was created, 200 when changed, or the refusal.</summary>
    public static Results<Created<T>, Ok<T>, ValidationProblem, NotFound, ProblemHttpResult> ToSaved<T>(this Result<T> result, IStringLocalizer<Strings> l, Func<T, string> location) =>
        result.Outcome switch
        {
            Outcome.Created => TypedResults.Created(location(result.Value!), result.Value),
            Outcome.Ok => TypedResults.Ok(result.Value),
            Outcome.Invalid => TypedResults.ValidationProblem(result.Errors!, title: l["Problem.Validation"]),
            Outcome.NotFound => TypedResults.NotFound(),
            _ => result.ToProblem(l),
        };

    /// <summary>A document as a PDF file (its content and name made from the value), or the refusal as problem details.</summary>
    public static Results<FileContentHttpResult, NotFound, ProblemHttpResult> ToPdf<T>(
        this Result<T> result, IStringLocalizer<Strings> l, Func<T, (byte[] Content, string FileName)> file)
    {
        if (result.Outcome is Outcome.Ok or Outcome.Created)
        {
            var (content, name) = file(result.Value!);
            return TypedResults.File(content, "application/pdf", name);
        }

        return result.Outcome == Outcome.NotFound ? TypedResults.NotFound() : result.ToProblem(l);
    }

    /// <summary>A refusal or conflict as problem details (403 with mayStateReason, 409 with its message).</summary>
    public static ProblemHttpResult ToProblem<T>(this Result<T> result, IStringLocalizer<Strings> l) => result.Outcome == Outcome.Forbidden
        ? TypedResults.Problem(title: l["Errors.AccessDenied.Title"], detail: result.Message ?? l["Access.Hidden"].Value, statusCode: StatusCodes.Status403Forbidden, extensions: result.Extensions)
        : TypedResults.Problem(title: result.Message ?? l["Problem.Conflict"], statusCode: StatusCodes.Status409Conflict, extensions: result.Extensions);
}
