namespace Polku.Web.Infrastructure;

/// <summary>
/// Characters no text in Polku may hold. Control characters (other than tab and line breaks) and broken UTF-16 cannot be
/// stored in PostgreSQL and garble every export; bidirectional controls and invisible marks make a name display as
/// something else than it is ("Trojan Source") or let two records look identical. None of them can be typed on purpose,
/// so they are refused at the boundary rather than silently removed. The joiners (U+200C, U+200D) stay: Persian,
/// Indic scripts and emoji need them.
/// </summary>
public static class SafeText
{
    /// <summary>True when <paramref name="text"/> holds none of the refused characters (null and empty are safe).</summary>
    public static bool IsSafe(string? text) => text is null || IndexOfUnsafe(text) < 0;

    /// <summary>The position of the first refused character, or -1.</summary>
    public static int IndexOfUnsafe(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // A pair (an emoji, a rare CJK character) is one ordinary character.
                i++;
                continue;
            }

            if (IsRefused(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsRefused(char c) => c switch
    {
        '\t' or '\n' or '\r' => false,
        < ' ' => true, // C0 controls, NUL included
        >= '\u007F' and <= '\u009F' => true, // DEL and the C1 controls
        >= '\uD800' and <= '\uDFFF' => true, // half of a surrogate pair: not text at all
        '\u061C' or '\u200E' or '\u200F' => true, // Arabic letter mark, left-to-right and right-to-left marks
        >= '\u202A' and <= '\u202E' => true, // embeddings and overrides
        >= '\u2066' and <= '\u2069' => true, // isolates
        '\u2028' or '\u2029' => true, // line and paragraph separators, which many readers do not treat as line breaks
        '\u200B' or '\u2060' or '\uFEFF' => true, // zero-width space, word joiner, byte order mark: invisible
        >= '\u206A' and <= '\u206F' => true, // deprecated shaping controls
        >= '\uFFF9' and <= '\uFFFB' => true, // interlinear annotation controls
        _ => false,
    };
}
