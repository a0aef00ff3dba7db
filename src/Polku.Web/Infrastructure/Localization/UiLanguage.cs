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

    /// <summary>
    /// The language of a document given to the client: Swedish for a Swedish-speaking client, Finnish otherwise
    /// (the two national languages a client has the right to be served in).
    /// </summary>
    public static string DocumentLanguage(string clientLanguage) => clientLanguage == "sv" ? "sv" : "fi";

    /// <summary>Speaks <paramref name="language"/> until disposed: texts for a document in the client's language, not the user's.</summary>
    public static IDisposable Use(string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        return new Restore(previous);
    }

    private sealed class Restore(CultureInfo previous) : IDisposable
    {
        public void Dispose() => CultureInfo.CurrentUICulture = previous;
    }

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
