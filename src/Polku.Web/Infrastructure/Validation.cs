using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Infrastructure;

/// <summary>Collects field errors in the user's language, keyed by the field's name as the API and the form use it.</summary>
public sealed class Validation(IStringLocalizer<Strings> l)
{
    /// <summary>
    /// No date in a client's record is earlier: an earlier one is a typing error (0001 for 2001), and the working-day
    /// calendar has no movable holidays before the Gregorian computus anyway.
    /// </summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>No plan looks further ahead; a later date is a typing error (2206 for 2026).</summary>
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public Dictionary<string, string[]> Errors { get; } = [];

    public bool IsValid => Errors.Count == 0;

    public void Add(string field, string key, params object[] arguments)
    {
        if (!Errors.ContainsKey(field))
        {
            Errors[field] = [l[key, arguments]];
        }
    }

    /// <summary>Something other than white space, and only characters text may hold (see <see cref="SafeText"/>).</summary>
    public bool Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Validation.Required");
            return false;
        }

        return Readable(field, value);
    }

    /// <summary>At most <paramref name="max"/> characters once trimmed, and only characters text may hold; blank is fine.</summary>
    public void MaxLength(string field, string? value, int max)
    {
        if (value is not null && Readable(field, value) && value.Trim().Length > max)
        {
            Add(field, "Validation.TooLong", max);
        }
    }

    public void RequiredText(string field, string? value, int max)
    {
        if (Required(field, value))
        {
            MaxLength(field, value, max);
        }
    }

    public void Email(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && Readable(field, value)
            && (value.Length > 254 || !new EmailAddressAttribute().IsValid(value.Trim())))
        {
            Add(field, "Validation.Email");
        }
    }

    /// <summary>A date that can be in a client's record: not after today, nor before <see cref="EarliestDate"/>.</summary>
    public void NotInFuture(string field, DateOnly? date, DateOnly today)
    {
        if (date < EarliestDate)
        {
            Add(field, "Validation.DateTooEarly", Format.Date(EarliestDate));
        }
        else if (date > today)
        {
            Add(field, "Validation.FutureDate");
        }
    }

    /// <summary>A date a plan can name, past or future: from <see cref="EarliestDate"/> to <see cref="LatestDate"/>.</summary>
    public void PlausibleDate(string field, DateOnly? date)
    {
        if (date < EarliestDate)
        {
            Add(field, "Validation.DateTooEarly", Format.Date(EarliestDate));
        }
        else if (date > LatestDate)
        {
            Add(field, "Validation.DateTooLate", Format.Date(LatestDate));
        }
    }

    /// <summary>A domain rule's problems, already in the user's words, each under its field (the first one per field).</summary>
    public void AddProblems(IEnumerable<(string Field, string Message)> problems)
    {
        foreach (var (field, message) in problems)
        {
            Errors.TryAdd(field, [message]);
        }
    }

    public void Range(string field, int? value, int min, int max)
    {
        if (value < min || value > max)
        {
            Add(field, "Validation.Range", min, max);
        }
    }

    /// <summary>Refuses control characters, direction overrides and invisible marks, which nobody types on purpose.</summary>
    private bool Readable(string field, string value)
    {
        if (SafeText.IsSafe(value))
        {
            return true;
        }

        Add(field, "Validation.UnsafeText");
        return false;
    }
}
