using System.Globalization;
using System.Text;

namespace Polku.Web.Infrastructure.Pdf;

/// <summary>
/// Makes any string drawable with the embedded font. PdfPig throws on a character the font has no glyph for, and a
/// document must never fail because someone typed an emoji, so every text passes through here first.
/// </summary>
internal static class PdfText
{
    public const char Missing = '?';

    /// <summary>
    /// Composed (NFC) text with line breaks as '\n', tabs as spaces, control and invisible format characters dropped,
    /// and every character the face cannot draw (emoji, most non-Latin scripts, broken UTF-16) as '?'.
    /// </summary>
    public static string Clean(string? text, PdfFontFace face)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Runes first: a lone surrogate becomes U+FFFD instead of making Normalize throw. NFC then turns a decomposed
        // "a" + U+0308 into "ä", which the font draws as one glyph and a reader extracts as one letter.
        var runes = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            runes.Append(rune.ToString());
        }

        var composed = runes.ToString().Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal);
        var clean = new StringBuilder(composed.Length);
        foreach (var rune in composed.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '\n' or '\r' or '\v' or '\f' or 0x85 or 0x2028 or 0x2029:
                    clean.Append('\n');
                    continue;
                case '\t':
                    clean.Append(' ');
                    continue;
                case 0xFFFD:
                    clean.Append(Missing);
                    continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                continue;
            }

            clean.Append(rune.IsBmp && face.HasGlyph((char)rune.Value) ? (char)rune.Value : Missing);
        }

        return clean.ToString();
    }

    /// <summary>Clean single-line text for the page header: line breaks become spaces.</summary>
    public static string CleanLine(string? text, PdfFontFace face) =>
        Clean(text, face).Replace('\n', ' ');

    /// <summary>The text, shortened with an ellipsis when it is wider than <paramref name="maxWidth"/>.</summary>
    public static string Fit(string text, PdfFontFace face, double fontSize, double maxWidth)
    {
        if (face.Width(text, fontSize) <= maxWidth)
        {
            return text;
        }

        var ellipsis = face.HasGlyph('…') ? "…" : "...";
        var room = maxWidth - face.Width(ellipsis, fontSize);
        var length = 0;
        var width = 0.0;
        while (length < text.Length && width + face.Width(text[length], fontSize) <= room)
        {
            width += face.Width(text[length], fontSize);
            length++;
        }

        return text[..length].TrimEnd() + ellipsis;
    }
}
