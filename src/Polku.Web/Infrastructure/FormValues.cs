using System.Globalization;

namespace Polku.Web.Infrastructure;

/// <summary>
/// Values of server-rendered form fields, which are kept as the text the user typed (so nothing is lost on an
/// error) and read here without any implicit culture. Unreadable text reads as missing.
/// </summary>
public static class FormValues
{
    private const string IsoDate = "yyyy-MM-dd";

    /// <summary>A date field's value (HTML date inputs send yyyy-MM-dd); null when blank or unreadable.</summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), IsoDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Text(DateOnly date) => date.ToString(IsoDate, CultureInfo.InvariantCulture);

    /// <summary>A number field: null when left blank; text that is no number reads as <see cref="int.MinValue"/>, which no range accepts.</summary>
    public static int? Number(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : int.MinValue;

    public static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>An id (a GUID) given in a form or an address; null when blank or unreadable.</summary>
    public static Guid? Id(string? text) => Guid.TryParse(text?.Trim(), CultureInfo.InvariantCulture, out var id) ? id : null;
}
