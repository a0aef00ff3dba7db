using Microsoft.Extensions.Localization;
using Polku.Web.Infrastructure;

namespace Polku.Web.Tests.Operations;

/// <summary>The shared text and date checks every handler uses, so every field gets them without a line of its own.</summary>
public sealed class ValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static TheoryData<string> RefusedTexts => new()
    {
        "Matti\u0000",            // NUL, which PostgreSQL cannot store
        "Mat\u0007ti",            // bell
        "Matti\u001B[31m",        // escape sequence for a terminal
        "Matti\u007F",            // delete
        "Matti\u0085",            // C1 next line
        "\u202EnenialäkieM",      // right-to-left override: shows as "Meikäläinen" reversed
        "Matti\u202A", "Matti\u202B", "Matti\u202C", "Matti\u202D",
        "Matti\u2066", "Matti\u2067", "Matti\u2068", "Matti\u2069",
        "Matti\u200E", "Matti\u200F", "Matti\u061C",
        "Mat\u200Bti",            // zero-width space: looks like "Matti"
        "\uFEFFMatti",            // byte order mark
        "Mat\u2060ti",            // word joiner
        "Matti\u2028Meikäläinen", // line separator, not a line break to most readers
    };

    public static TheoryData<string> AcceptedTexts => new()
    {
        "Matti Meikäläinen",
        "Åsa Öberg-Ärlig",
        "O'Brien-Ngũgĩ",
        "first line\r\nsecond line\n\tindented",
        "Family \U0001F468\u200D\U0001F469\u200D\U0001F467 and \U0001F1EB\U0001F1EE", // surrogate pairs and zero-width joiners
        "\u0645\u062D\u0645\u062F",  // right-to-left letters are text, not controls
        "\u0634\u06CC\u0631\u200C\u062E\u0648\u0627\u0631", // Persian with a zero-width non-joiner
        "e\u0301",                  // a combining accent
        "Soft\u00ADhyphen",
    };

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public void Control_and_direction_characters_are_refused_in_every_text_check(string text)
    {
        var required = NewValidation();
        Assert.False(required.Required("lastName", text));
        Assert.Equal(["Validation.UnsafeText"], required.Errors["lastName"]);

        var optional = NewValidation();
        optional.MaxLength("address", text, 300);
        Assert.Equal(["Validation.UnsafeText"], optional.Errors["address"]);

        var both = NewValidation();
        both.RequiredText("text", text, 8000);
        Assert.Equal(["Validation.UnsafeText"], both.Errors["text"]);

        var email = NewValidation();
        email.Email("email", text + "@example.com");
        Assert.Equal(["Validation.UnsafeText"], email.Errors["email"]);
    }

    [Fact]
    public void Half_a_surrogate_pair_is_refused()
    {
        // Not theory data: the test runner would replace the broken character before the test sees it.
        foreach (var text in new[] { "Matti\uD800", "\uDC00Matti", "Ma\uDBFFtti" })
        {
            var validation = NewValidation();
            Assert.False(validation.Required("lastName", text));
            Assert.Equal(["Validation.UnsafeText"], validation.Errors["lastName"]);
        }
    }

    [Theory]
    [MemberData(nameof(AcceptedTexts))]
    public void Letters_of_every_script_line_breaks_and_emoji_are_accepted(string text)
    {
        var validation = NewValidation();
        Assert.True(validation.Required("lastName", text));
        validation.MaxLength("address", text, 300);
        validation.RequiredText("text", text, 8000);
        Assert.True(validation.IsValid, string.Join(", ", validation.Errors.Keys));
    }

    [Fact]
    public void Blank_optional_text_needs_nothing()
    {
        var validation = NewValidation();
        validation.MaxLength("phone", null, 40);
        validation.MaxLength("phone", "", 40);
        validation.Email("email", null);
        Assert.True(validation.IsValid);
    }

    [Fact]
    public void Too_long_text_is_still_too_long() =>
        Assert.Equal(["Validation.TooLong"], Check(v => v.MaxLength("phone", new string('1', 41), 40))["phone"]);

    [Theory]
    [InlineData("0001-01-01", "Validation.DateTooEarly")]
    [InlineData("1582-10-10", "Validation.DateTooEarly")]
    [InlineData("1899-12-31", "Validation.DateTooEarly")]
    [InlineData("1900-01-01", null)]
    [InlineData("2026-11-23", null)]
    [InlineData("2026-11-24", "Validation.FutureDate")]
    [InlineData("9999-12-31", "Validation.FutureDate")]
    public void Dates_are_from_1900_up_to_today(string date, string? error)
    {
        var errors = Check(v => v.NotInFuture("receivedOn", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today));
        Assert.Equal(error, errors.GetValueOrDefault("receivedOn")?.Single());
    }

    [Fact]
    public void A_missing_date_is_left_to_the_required_check() =>
        Assert.Empty(Check(v => v.NotInFuture("birthDate", null, Today)));

    private static Dictionary<string, string[]> Check(Action<Validation> check)
    {
        var validation = NewValidation();
        check(validation);
        return validation.Errors;
    }

    private static Validation NewValidation() => new(new KeyLocalizer());

    /// <summary>Answers with the key, so a test names the message it expects in no particular language.</summary>
    private sealed class KeyLocalizer : IStringLocalizer<Strings>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
