using System.Diagnostics.CodeAnalysis;

namespace Polku.Domain.Clients;

/// <summary>Why a text is not a personal identity code, in the order the checks are made.</summary>
public enum IdentityCodeError
{
    Empty,
    Format,
    CenturySign,
    Date,
    IndividualNumber,
    Checksum,
}

/// <summary>
/// A Finnish personal identity code (henkilötunnus) as issued by DVV: <c>DDMMYY C NNN Q</c>.
/// The century sign is part of the identity, so codes that differ only in the sign
/// (e.g. <c>100190-999P</c> and <c>100190Y999P</c>) are different people and are never normalised into each other.
/// </summary>
public sealed record PersonalIdentityCode
{
    private const int Length = 11;
    private const string CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private PersonalIdentityCode(string value, DateOnly birthDate, int individualNumber)
    {
        Value = value;
        BirthDate = birthDate;
        IsTemporary = individualNumber >= 900;
    }

    /// <summary>The code exactly as issued (after trimming and upper-casing).</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    /// <summary>Individual numbers 900–999 are for temporary and test codes.</summary>
    public bool IsTemporary { get; }

    /// <summary>Birth date and century sign only, for lists where the full code is not needed.</summary>
    public string Masked => string.Concat(Value.AsSpan(0, 7), "****");

    /// <remarks><paramref name="error"/> is meaningful only when this returns false.</remarks>
    public static bool TryParse(string? input, [NotNullWhen(true)] out PersonalIdentityCode? code, out IdentityCodeError error)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = IdentityCodeError.Empty;
            return false;
        }

        var value = UpperAscii(input.Trim());
        if (!HasShape(value))
        {
            error = IdentityCodeError.Format;
            return false;
        }

        if (CenturyOf(value[6]) is not int century)
        {
            error = IdentityCodeError.CenturySign;
            return false;
        }

        var day = Number(value, 0, 2);
        var month = Number(value, 2, 2);
        var year = century + Number(value, 4, 2);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = IdentityCodeError.Date;
            return false;
        }

        var individual = Number(value, 7, 3);
        if (individual < 2)
        {
            error = IdentityCodeError.IndividualNumber;
            return false;
        }

        if (value[10] != CheckCharacter(value))
        {
            error = IdentityCodeError.Checksum;
            return false;
        }

        error = default;
        code = new PersonalIdentityCode(value, new DateOnly(year, month, day), individual);
        return true;
    }

    /// <exception cref="FormatException">The input is not a valid code; the message names the error but not the input, which is personal data.</exception>
    public static PersonalIdentityCode Parse(string input) =>
        TryParse(input, out var code, out var error)
            ? code
            : throw new FormatException($"Not a valid personal identity code: {error}.");

    /// <summary>Builds a valid code, for demo and test data.</summary>
    /// <param name="centurySign">Defaults to '+' for the 1800s, '-' for the 1900s and 'A' for the 2000s.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1800–2099, the individual number outside 2–999,
    /// or the sign does not belong to the birth year's century.</exception>
    public static PersonalIdentityCode Create(DateOnly birthDate, int individualNumber, char? centurySign = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(birthDate.Year, 1800, nameof(birthDate));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(birthDate.Year, 2099, nameof(birthDate));
        ArgumentOutOfRangeException.ThrowIfLessThan(individualNumber, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(individualNumber, 999);

        var century = birthDate.Year / 100 * 100;
        var sign = centurySign is char given ? UpperAscii(given) : DefaultSign(century);
        if (CenturyOf(sign) != century)
        {
            throw new ArgumentOutOfRangeException(nameof(centurySign), centurySign, $"The sign does not belong to the {century}s.");
        }

        Span<char> chars = stackalloc char[Length];
        WriteDigits(chars[..2], birthDate.Day);
        WriteDigits(chars[2..4], birthDate.Month);
        WriteDigits(chars[4..6], birthDate.Year % 100);
        chars[6] = sign;
        WriteDigits(chars[7..10], individualNumber);
        chars[10] = CheckCharacter(chars);
        return Parse(chars.ToString());
    }

    public override string ToString() => Value;

    // Only ASCII letters are upper-cased: a culture-aware mapping would turn e.g. 'ſ' into 'S' and accept a code nobody issued.
    private static string UpperAscii(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = UpperAscii(source[i]);
        }
    });

    private static char UpperAscii(char c) => char.IsAsciiLetterLower(c) ? (char)(c - ('a' - 'A')) : c;

    // The sign position is checked separately so an unknown sign gets its own error.
    private static bool HasShape(string value) =>
        value.Length == Length
        && !value.AsSpan(0, 6).ContainsAnyExceptInRange('0', '9')
        && !value.AsSpan(7, 3).ContainsAnyExceptInRange('0', '9')
        && char.IsAsciiLetterOrDigit(value[10]);

    private static int? CenturyOf(char sign) => sign switch
    {
        '+' => 1800,
        '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
        'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
        _ => null,
    };

    private static char DefaultSign(int century) => century switch
    {
        1800 => '+',
        1900 => '-',
        _ => 'A',
    };

    private static int Number(ReadOnlySpan<char> text, int start, int length)
    {
        var number = 0;
        foreach (var digit in text.Slice(start, length))
        {
            number = (number * 10) + (digit - '0');
        }

        return number;
    }

    private static void WriteDigits(Span<char> target, int number)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (char)('0' + (number % 10));
            number /= 10;
        }
    }

    private static char CheckCharacter(ReadOnlySpan<char> code) =>
        CheckCharacters[((Number(code, 0, 6) * 1000) + Number(code, 7, 3)) % 31];
}
