using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace Polku.Web.Infrastructure;

/// <summary>Collects field errors in the user's language, keyed by the field's name as the API and the form use it.</summary>
public sealed class Validation(IStringLocalizer<Strings> l)
{
    public Dictionary<string, string[]> Errors { get; } = [];

    public bool IsValid => Errors.Count == 0;

    public void Add(string field, string key, params object[] arguments)
    {
        if (!Errors.ContainsKey(field))
        {
            Errors[field] = [l[key, arguments]];
        }
    }

    public bool Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Validation.Required");
            return false;
        }

        return true;
    }

    public void MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
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
        if (!string.IsNullOrWhiteSpace(value) && (value.Length > 254 || !new EmailAddressAttribute().IsValid(value.Trim())))
        {
            Add(field, "Validation.Email");
        }
    }

    public void NotInFuture(string field, DateOnly? date, DateOnly today)
    {
        if (date > today)
        {
            Add(field, "Validation.FutureDate");
        }
    }

    public void Range(string field, int? value, int min, int max)
    {
        if (value < min || value > max)
        {
            Add(field, "Validation.Range", min, max);
        }
    }
}
