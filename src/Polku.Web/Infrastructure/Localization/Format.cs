using System.Globalization;

namespace Polku.Web.Infrastructure.Localization;

/// <summary>Dates and times in the Finnish way (d.M.yyyy), never through an implicit culture.</summary>
public sealed class Format(TimeZoneInfo zone)
{
    public static string Date(DateOnly date) => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    public string DateTime(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, zone).ToString("d.M.yyyy H.mm", CultureInfo.InvariantCulture);

    public string Time(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, zone).ToString("H.mm", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One decimal with the language's separator: a comma in Finnish and Swedish (55,0), a point in English.</summary>
    public static string OneDecimal(double value, string? language = null)
    {
        var text = value.ToString("0.0", CultureInfo.InvariantCulture);
        return (language ?? UiLanguage.Current) == "en" ? text : text.Replace('.', ',');
    }
}
