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

    /// <summary>A list's row count; one that stopped counting reads "275+".</summary>
    public static string Total(int total, bool exact) => exact ? Number(total) : Number(total) + "+";

    /// <summary>One decimal with the language's separator: a comma in Finnish and Swedish (55,0), a point in English.</summary>
    public static string OneDecimal(double value, string? language = null) => WithDecimals(value, "0.0", language);

    /// <summary>A number by an invariant pattern, with the decimal separator of the language (the UI's by default).</summary>
    public static string WithDecimals(double value, string pattern, string? language = null)
    {
        var text = value.ToString(pattern, CultureInfo.InvariantCulture);
        return (language ?? UiLanguage.Current) == "en" ? text : text.Replace('.', ',');
    }

    /// <summary>A Goal Attainment Scaling level as people write it: −2, −1, 0, +1, +2 (a real minus sign).</summary>
    public static string Level(int level) => level switch
    {
        > 0 => "+" + Number(level),
        < 0 => "\u2212" + Number(-level),
        _ => "0",
    };
}
