using Microsoft.Extensions.Localization;

namespace Polku.Web.Infrastructure;

public enum Outcome
{
    Ok,
    Created,
    NotFound,
    Invalid,
    Conflict,
}

/// <summary>
/// What a handler did, for a page to show and an endpoint to answer with: the value, the fields to correct,
/// or a conflict and why (in the user's language).
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
}

public static class ResultHttp
{
    /// <summary>The HTTP answer for a handler's result: 200/201, 404, 400 validation problem or 409 problem.</summary>
    public static IResult ToHttp<T>(this Result<T> result, IStringLocalizer<Strings> l, Func<T, string>? location = null) => result.Outcome switch
    {
        Outcome.Ok => TypedResults.Ok(result.Value),
        Outcome.Created => TypedResults.Created(location?.Invoke(result.Value!), result.Value),
        Outcome.NotFound => TypedResults.NotFound(),
        Outcome.Invalid => TypedResults.ValidationProblem(result.Errors!, title: l["Problem.Validation"]),
        _ => TypedResults.Problem(title: result.Message ?? l["Problem.Conflict"], statusCode: StatusCodes.Status409Conflict, extensions: result.Extensions),
    };
}
