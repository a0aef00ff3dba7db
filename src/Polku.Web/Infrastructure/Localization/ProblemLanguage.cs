using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Polku.Web.Infrastructure.Localization;

/// <summary>
/// Problems in the caller's language, also those the framework writes on its own: no such address or record (404), a body
/// that is not JSON (415), an unexpected fault (500). Error handlers run outside the localization middleware, whose
/// culture is gone by then; the language it chose stays on the request and is put back here.
/// </summary>
public static class ProblemLanguage
{
    /// <summary>For <see cref="ProblemDetailsOptions.CustomizeProblemDetails"/>; problems Polku writes itself already have their detail.</summary>
    public static void Localize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null || problem.Status is not (StatusCodes.Status404NotFound or StatusCodes.Status415UnsupportedMediaType or StatusCodes.Status500InternalServerError))
        {
            return;
        }

        UseRequestCulture(context.HttpContext);
        var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Strings>>();
        (problem.Title, problem.Detail) = problem.Status switch
        {
            StatusCodes.Status404NotFound => (l["Problem.NotFound"].Value, l["Problem.NotFound.Detail"].Value),
            StatusCodes.Status415UnsupportedMediaType => (l["Problem.BadRequest"].Value, l["Problem.UnsupportedMediaType"].Value),
            _ => (l["Errors.Error.Title"].Value, l["Errors.Error.Text"].Value),
        };
    }

    /// <summary>The language the request localization middleware chose for this request, for code that runs after it has returned.</summary>
    public static void UseRequestCulture(HttpContext context)
    {
        if (context.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } culture)
        {
            CultureInfo.CurrentCulture = culture.Culture;
            CultureInfo.CurrentUICulture = culture.UICulture;
        }
    }
}
