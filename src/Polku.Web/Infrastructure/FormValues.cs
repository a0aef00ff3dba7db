using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Polku.Web.Infrastructure;

/// <summary>
/// Values of server-rendered form fields, which are kept as the text the user typed (so nothing is lost on an
/// error) and read here without any implicit culture. Unreadable text reads as missing.
/// </summary>
public static class FormValues
{
    /// <summary>Dates as a Finn types them (5.11.2026), and as ISO (2026-11-05) from a picker or a paste.</summary>
    private static readonly string[] DateFormats = ["d.M.yyyy", "yyyy-MM-dd"];

    /// <summary>A date field's value; null when blank or unreadable.</summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Text(DateOnly date) => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// The fields whose typed text is no date (31.2.2026, a five-digit year), each with the message to show; null when all
    /// read. The page shows these and keeps the text instead of sending the form on as if the field were empty.
    /// </summary>
    public static Dictionary<string, string[]>? UnreadableDates(IStringLocalizer<Strings> l, params (string Field, string? Text)[] fields)
    {
        var errors = fields.Where(f => !string.IsNullOrWhiteSpace(f.Text) && Date(f.Text) is null)
            .ToDictionary(f => f.Field, f => new[] { l["Validation.DateFormat"].Value });
        return errors.Count == 0 ? null : errors;
    }

    /// <summary>A number field: null when left blank; text that is no number reads as <see cref="int.MinValue"/>, which no range accepts.</summary>
    public static int? Number(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : int.MinValue;

    public static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>An id (a GUID) given in a form or an address; null when blank or unreadable.</summary>
    public static Guid? Id(string? text) => Guid.TryParse(text?.Trim(), CultureInfo.InvariantCulture, out var id) ? id : null;
}
