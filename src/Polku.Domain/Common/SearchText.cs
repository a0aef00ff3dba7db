using System.Globalization;
using System.Text;

namespace Polku.Domain.Common;

/// <summary>
/// Text as search compares it: lower case, without accents (Björkqvist is found by "bjorkqvist", Äijälä by "aijala"),
/// single spaces. Stored names and typed terms are folded the same way, so both databases compare plain text.
/// </summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(c);
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words of a search, folded; a name matches when it contains every word, in any order.</summary>
    public static IReadOnlyList<string> Words(string? search) =>
        string.IsNullOrWhiteSpace(search) ? [] : Fold(search).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(5).ToList();
}
