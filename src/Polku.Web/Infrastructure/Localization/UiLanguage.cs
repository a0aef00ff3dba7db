using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Polku.Web.Infrastructure.Localization;

/// <summary>The UI languages and the one the current request uses.</summary>
public static class UiLanguage
{
    public static readonly string[] Supported = ["fi", "sv", "en"];

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "sv" => "sv",
        "en" => "en",
        _ => "fi",
    };

    public static bool IsSupported(string? language) => language is not null && Supported.Contains(language);

    public static IServiceCollection AddPolkuLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture("fi").AddSupportedCultures(Supported).AddSupportedUICultures(Supported);
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // The chosen language (cookie) wins over the browser's; no query-string switching.
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }
}
