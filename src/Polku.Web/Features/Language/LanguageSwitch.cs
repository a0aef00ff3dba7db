using Microsoft.AspNetCore.Localization;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Language;

public static class LanguageSwitch
{
    /// <summary>Remembers the chosen UI language for a year in a cookie, then returns to the page.</summary>
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/language", (string? culture, string? returnUrl, HttpContext context, TimeProvider time) =>
            {
                if (UiLanguage.IsSupported(culture))
                {
                    context.Response.Cookies.Append(
                        CookieRequestCultureProvider.DefaultCookieName,
                        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                        new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
                }

                return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
}
