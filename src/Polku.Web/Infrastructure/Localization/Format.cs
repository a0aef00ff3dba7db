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
}
