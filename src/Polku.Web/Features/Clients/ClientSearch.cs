using System.Globalization;
using Polku.Domain.Common;

namespace Polku.Web.Features.Clients;

/// <summary>What a typed search means: the start of a henkilötunnus, a birth date, or the words of a name in any order.</summary>
public sealed record ClientSearch(string? IdentityCodePrefix, DateOnly? BirthDate, IReadOnlyList<string> Words, bool Invalid = false)
{
    private static readonly string[] DateFormats = ["d.M.yyyy", "yyyy-MM-dd"];

    public static ClientSearch Parse(string? text)
    {
        var term = text?.Trim() ?? "";
        if (term.Length > TextLimits.Search)
        {
            return new(null, null, [], Invalid: true);
        }

        if (DateOnly.TryParseExact(term, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new(null, date, []);
        }

        return term.Length > 0 && char.IsAsciiDigit(term[0])
            ? new(term.ToUpperInvariant(), null, [])
            : new(null, null, SearchText.Words(term));
    }

    /// <summary>A search that would put a henkilötunnus into an address.</summary>
    public static bool IsIdentityCode(string? text) => Parse(text).IdentityCodePrefix is not null;
}
