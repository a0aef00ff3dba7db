using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Polku.Web.Infrastructure.Operations;

/// <summary>
/// A NUL character is refused at the door, wherever it comes (query string, form, JSON body), before any code sees it:
/// PostgreSQL cannot take one even as a query parameter, and the failed statement leaves its pooled connection unusable
/// for the next request, someone else's. Other characters no text may hold are the fields' own validation
/// (<see cref="Validation"/>), which shows them on the form next to what the user typed.
/// </summary>
public static partial class NulCharacterGuard
{
    /// <summary>No request to the API comes near this; a larger body is not read into memory to be checked.</summary>
    public const int MaxJsonBodyBytes = 1024 * 1024;

    public static IApplicationBuilder UseNulCharacterGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // An error page shown for this very request reads the same input again.
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
        var refusal = reExecuted ? null : InQuery(context.Request.Query) ?? await InFormAsync(context.Request) ?? await InJsonAsync(context.Request);
        if (refusal is null)
        {
            await next();
            return;
        }

        context.Response.StatusCode = refusal.Status;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var l = context.RequestServices.GetRequiredService<IStringLocalizer<Strings>>();
            ProblemDetails problem = refusal switch
            {
                { Status: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails { Status = refusal.Status, Title = l["Problem.TooLarge"] },
                { Field: { } field } => new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [l["Validation.UnsafeText"]] }) { Status = refusal.Status, Title = l["Problem.Validation"] },
                _ => new ProblemDetails { Status = refusal.Status, Title = l["Problem.BadRequest"], Detail = l["Validation.UnsafeText"] },
            };
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new() { HttpContext = context, ProblemDetails = problem });
        }

        // A page gets the status page (UsePolku) in the user's language.
    });

    private sealed record Refusal(int Status, string? Field = null);

    private static Refusal? InQuery(IQueryCollection query)
    {
        foreach (var (name, values) in query)
        {
            if (name.Contains('\0', StringComparison.Ordinal) || values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            {
                return new(StatusCodes.Status400BadRequest, FieldName(name));
            }
        }

        return null;
    }

    private static async Task<Refusal?> InFormAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            // Past the form limits (too many fields, too long a value): not a form Polku sent.
            return new(StatusCodes.Status400BadRequest);
        }

        foreach (var (name, values) in form)
        {
            if (name.Contains('\0', StringComparison.Ordinal) || values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            {
                return new(StatusCodes.Status400BadRequest);
            }
        }

        return null;
    }

    private static async Task<Refusal?> InJsonAsync(HttpRequest request)
    {
        if (!request.HasJsonContentType() || request.ContentLength == 0)
        {
            return null;
        }

        request.EnableBuffering();
        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (body.Length + read > MaxJsonBodyBytes)
            {
                return new(StatusCodes.Status413PayloadTooLarge);
            }

            body.Write(chunk, 0, read);
        }

        request.Body.Position = 0;
        var json = body.GetBuffer().AsSpan(0, (int)body.Length);
        // Inside a JSON string a NUL can only be written as an escape; most bodies end the check here.
        return json.IndexOf("\\u0000"u8) < 0 ? null : InJsonStrings(json);
    }

    /// <summary>The string value holding a NUL, named by its field when the field has an ordinary name.</summary>
    private static Refusal? InJsonStrings(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<string?>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path.Add(property);
                        property = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.String when reader.ValueIsEscaped && reader.GetString()!.Contains('\0', StringComparison.Ordinal):
                        var names = path.Append(property).OfType<string>().Select(FieldName).ToList();
                        return new(StatusCodes.Status400BadRequest, names.Count > 0 && names.All(n => n is not null) ? string.Join('.', names) : null);
                    default:
                        property = null;
                        break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON, or half a surrogate pair: reading the body refuses it with its own message.
        }

        return null;
    }

    /// <summary>A field named as the API spells it; a name that is no identifier is not repeated back.</summary>
    private static string? FieldName(string name) =>
        Identifier().IsMatch(name) ? JsonNamingPolicy.CamelCase.ConvertName(name) : null;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,63}$")]
    private static partial Regex Identifier();
}
