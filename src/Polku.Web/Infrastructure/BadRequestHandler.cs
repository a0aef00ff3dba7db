using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Infrastructure;

/// <summary>
/// A request the API could not read — malformed or missing JSON, a value of the wrong type, a query value that is no
/// number — is the caller's mistake: it gets a 400 problem in the caller's language that names the field as the API
/// spells it, and never a framework message with .NET type names. Minimal APIs report these as
/// <see cref="BadHttpRequestException"/> because <see cref="PolkuApp"/> turns
/// <see cref="RouteHandlerOptions.ThrowOnBadRequest"/> on in every environment; otherwise Development would answer 500
/// and the others an anonymous 400 that says nothing about the field.
/// </summary>
public sealed partial class BadRequestHandler(IProblemDetailsService problems, IStringLocalizer<Strings> l) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var status = badRequest.StatusCode is >= 400 and < 500 ? badRequest.StatusCode : StatusCodes.Status400BadRequest;
        httpContext.Response.StatusCode = status;
        if (!httpContext.Request.Path.StartsWithSegments("/api"))
        {
            // A page: the error page shows in the user's language, with the 4xx status set here.
            return false;
        }

        // The exception has left the request localization middleware, and its culture with it.
        ProblemLanguage.UseRequestCulture(httpContext);

        var handled = httpContext.Features.Get<IExceptionHandlerFeature>();
        var problem = Describe(badRequest, status, handled?.Endpoint, handled?.RouteValues, httpContext.Request.Query);
        // Written when the caller accepts JSON; otherwise the status alone answers.
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
        return true;
    }

    private ProblemDetails Describe(BadHttpRequestException badRequest, int status, Endpoint? endpoint, RouteValueDictionary? route, IQueryCollection query)
    {
        switch (status)
        {
            case StatusCodes.Status413PayloadTooLarge:
                return new ProblemDetails { Status = status, Title = l["Problem.TooLarge"] };
            case StatusCodes.Status415UnsupportedMediaType:
                return new ProblemDetails { Status = status, Title = l["Problem.BadRequest"], Detail = l["Problem.UnsupportedMediaType"] };
        }

        var errors = badRequest.InnerException switch
        {
            // A syntax error (the reader's own exception inside): there is no field to name, only the body.
            JsonException { InnerException: JsonException } => null,
            JsonException json => JsonFieldError(json.Path, endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType),
            _ => ParameterError(endpoint, route, query),
        };
        if (errors is not null)
        {
            return new HttpValidationProblemDetails(errors) { Status = status, Title = l["Problem.Validation"] };
        }

        return new ProblemDetails
        {
            Status = status,
            Title = l["Problem.BadRequest"],
            Detail = badRequest.InnerException is JsonException ? l["Problem.Body.Unreadable"] : l["Problem.Body.Missing"],
        };
    }

    /// <summary>
    /// The field a JSON path ($.name.fi, $.situationalFactors[2]) points at, followed through the body's own type so
    /// that only fields the API has are named (never text the caller made up) and the message says what the field takes.
    /// </summary>
    private Dictionary<string, string[]>? JsonFieldError(string? path, Type? bodyType)
    {
        if (path is null || bodyType is null || !path.StartsWith('$'))
        {
            return null;
        }

        var segments = PathSegment().Matches(path, 1);
        if (segments.Sum(s => s.Length) != path.Length - 1)
        {
            return null;
        }

        var type = bodyType;
        var names = new List<string>();
        foreach (Match segment in segments)
        {
            if (segment.Groups["index"].Success)
            {
                type = ElementType(type);
            }
            else if (Property(type, segment.Groups["name"].Value) is { } property)
            {
                names.Add(JsonNamingPolicy.CamelCase.ConvertName(property.Name));
                type = property.PropertyType;
            }
            else
            {
                return null;
            }

            if (type is null)
            {
                return null;
            }
        }

        return names.Count == 0 ? null : new() { [string.Join('.', names)] = [Expected(type)] };
    }

    /// <summary>A route or query value that does not read as its parameter's type, or a required one that is missing.</summary>
    private Dictionary<string, string[]>? ParameterError(Endpoint? endpoint, RouteValueDictionary? route, IQueryCollection query)
    {
        foreach (var parameter in endpoint?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>() ?? [])
        {
            if (!parameter.HasTryParse)
            {
                continue;
            }

            var type = parameter.ParameterInfo.ParameterType;
            var value = route?.TryGetValue(parameter.Name, out var routeValue) == true ? Convert.ToString(routeValue, CultureInfo.InvariantCulture) : (string?)query[parameter.Name];
            if (string.IsNullOrEmpty(value))
            {
                if (!parameter.IsOptional)
                {
                    return new() { [parameter.Name] = [l["Validation.Required"]] };
                }
            }
            else if (!Reads(type, value))
            {
                return new() { [parameter.Name] = [Expected(type)] };
            }
        }

        return null;
    }

    private static bool Reads(Type type, string value) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        var t when t == typeof(long) => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        var t when t == typeof(Guid) => Guid.TryParse(value, CultureInfo.InvariantCulture, out _),
        var t when t == typeof(DateOnly) => DateOnly.TryParse(value, CultureInfo.InvariantCulture, out _),
        var t when t == typeof(bool) => bool.TryParse(value, out _),
        var t when t.IsEnum => Enum.TryParse(t, value, ignoreCase: true, out _),
        _ => true,
    };

    /// <summary>What a field of this type takes, in words a developer integrating with Polku reads without .NET type names.</summary>
    private string Expected(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => l["Validation.Expected.Text"],
        var t when t == typeof(int) => l["Validation.Expected.Integer", Number(int.MinValue), Number(int.MaxValue)],
        var t when t == typeof(long) => l["Validation.Expected.Integer", Number(long.MinValue), Number(long.MaxValue)],
        var t when t == typeof(bool) => l["Validation.Expected.Boolean"],
        var t when t == typeof(DateOnly) => l["Validation.Expected.Date"],
        var t when t == typeof(Guid) => l["Validation.Expected.Id"],
        var t when t.IsEnum => l["Validation.Expected.OneOf", string.Join(", ", Enum.GetNames(t))],
        var t when ElementType(t) is not null => l["Validation.Expected.List"],
        var t when t.IsClass => l["Validation.Expected.Object"],
        _ => l["Validation.Expected.Value"],
    };

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static PropertyInfo? Property(Type type, string name) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0]
        : null;

    /// <summary>.name, ['name'] or [3] in a System.Text.Json path.</summary>
    [GeneratedRegex(@"\G(?:\.(?<name>[^.\[]+)|\['(?<name>(?:[^']|'')*)'\]|\[(?<index>\d+)\])")]
    private static partial Regex PathSegment();
}
