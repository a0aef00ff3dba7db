using System.Globalization;
using Polku.Domain.Clients;

namespace Polku.Domain.Tests.Clients;

public sealed class PersonalIdentityCodeTests
{
    [Theory]
    [InlineData("131052-308T", "1952-10-13")]
    [InlineData("010594Y9032", "1994-05-01")]
    [InlineData("020594X903P", "1994-05-02")]
    [InlineData("030594W903B", "1994-05-03")]
    [InlineData("040594V9030", "1994-05-04")]
    [InlineData("050594U903M", "1994-05-05")]
    [InlineData("010516B903X", "2016-05-01")]
    [InlineData("020516C903K", "2016-05-02")]
    [InlineData("030516D9037", "2016-05-03")]
    [InlineData("010501E9032", "2001-05-01")]
    [InlineData("020503F9037", "2003-05-02")]
    [InlineData("020504A902E", "2004-05-02")]
    [InlineData("010101+123N", "1801-01-01")]
    [InlineData("290200A1239", "2000-02-29")]
    [InlineData("290296-1232", "1996-02-29")]
    public void Valid_code_is_accepted_with_its_birth_date(string input, string birthDate)
    {
        Assert.True(PersonalIdentityCode.TryParse(input, out var code, out _));
        Assert.Equal(input, code.Value);
        Assert.Equal(DateOnly.ParseExact(birthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), code.BirthDate);
    }

    [Theory]
    [InlineData(null, IdentityCodeError.Empty)]
    [InlineData("", IdentityCodeError.Empty)]
    [InlineData(" \t ", IdentityCodeError.Empty)]
    [InlineData("131052-308", IdentityCodeError.Format)]
    [InlineData("131052-308TT", IdentityCodeError.Format)]
    [InlineData("13105-2308T", IdentityCodeError.Format)]
    [InlineData("131052 -308T", IdentityCodeError.Format)]
    [InlineData("13105A-308T", IdentityCodeError.Format)]
    [InlineData("131052-3O8T", IdentityCodeError.Format)]
    [InlineData("131052-308*", IdentityCodeError.Format)]
    [InlineData("١٣١٠٥٢-308T", IdentityCodeError.Format)]
    [InlineData("131052Z308T", IdentityCodeError.CenturySign)]
    [InlineData("131052G308T", IdentityCodeError.CenturySign)]
    [InlineData("131052*308T", IdentityCodeError.CenturySign)]
    [InlineData("13105213089", IdentityCodeError.CenturySign)]
    [InlineData("131052-308U", IdentityCodeError.Checksum)]
    [InlineData("131052-308G", IdentityCodeError.Checksum)]
    public void Invalid_code_is_rejected_with_its_error(string? input, IdentityCodeError expected)
    {
        Assert.False(PersonalIdentityCode.TryParse(input, out var code, out var error));
        Assert.Null(code);
        Assert.Equal(expected, error);
    }

    // Each of these has the check character that its digits call for, so the named error is the only fault.
    [Theory]
    [InlineData("310290-123T", IdentityCodeError.Date)]
    [InlineData("290299-123U", IdentityCodeError.Date)]
    [InlineData("290200-1239", IdentityCodeError.Date)]
    [InlineData("001090-1238", IdentityCodeError.Date)]
    [InlineData("011390-123A", IdentityCodeError.Date)]
    [InlineData("010101-000P", IdentityCodeError.IndividualNumber)]
    [InlineData("010101-001R", IdentityCodeError.IndividualNumber)]
    public void Code_with_a_correct_checksum_is_still_rejected_for_its_one_fault(string input, IdentityCodeError expected)
    {
        Assert.Equal(ExpectedCheckCharacter(input), input[10]);
        Assert.False(PersonalIdentityCode.TryParse(input, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Leap_day_depends_on_the_century_sign()
    {
        Assert.True(PersonalIdentityCode.TryParse("290200A1239", out _, out _));
        Assert.False(PersonalIdentityCode.TryParse("290200-1239", out _, out var error));
        Assert.Equal(IdentityCodeError.Date, error);
    }

    [Theory]
    [InlineData("311390Z000X", IdentityCodeError.CenturySign)]
    [InlineData("310290-000X", IdentityCodeError.Date)]
    [InlineData("010101-000A", IdentityCodeError.IndividualNumber)]
    [InlineData("3102AB-308T", IdentityCodeError.Format)]
    public void Earlier_check_wins_when_several_fail(string input, IdentityCodeError expected)
    {
        Assert.False(PersonalIdentityCode.TryParse(input, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("010594y9032", "010594Y9032")]
    [InlineData("131052-028s", "131052-028S")]
    [InlineData("  131052-308T\t\n", "131052-308T")]
    [InlineData(" 020516c903k ", "020516C903K")]
    public void Surrounding_whitespace_is_trimmed_and_letters_upper_cased(string input, string value)
    {
        Assert.True(PersonalIdentityCode.TryParse(input, out var code, out _));
        Assert.Equal(value, code.Value);
    }

    [Fact]
    public void Only_ascii_letters_are_upper_cased()
    {
        // 'ſ' (long s) upper-cases to 'S' in Unicode; 131052-028S is valid, but this input is not that code.
        Assert.False(PersonalIdentityCode.TryParse("131052-028\u017F", out _, out var error));
        Assert.Equal(IdentityCodeError.Format, error);
    }

    [Fact]
    public void Codes_that_differ_only_in_the_century_sign_are_different_people()
    {
        var dash = PersonalIdentityCode.Parse("100190-999P");
        var y = PersonalIdentityCode.Parse("100190Y999P");

        Assert.NotEqual(dash, y);
        Assert.Equal("100190-999P", dash.Value);
        Assert.Equal("100190Y999P", y.Value);
        Assert.Equal(dash.BirthDate, y.BirthDate);
        Assert.NotEqual(dash.Masked, y.Masked);
    }

    [Fact]
    public void Same_code_parsed_from_different_input_is_equal()
    {
        var a = PersonalIdentityCode.Parse("010594Y9032");
        var b = PersonalIdentityCode.Parse(" 010594y9032 ");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData("131052-308T", "131052-****")]
    [InlineData("010594Y9032", "010594Y****")]
    [InlineData("020504A902E", "020504A****")]
    public void Masked_keeps_birth_date_and_sign_only(string input, string masked) =>
        Assert.Equal(masked, PersonalIdentityCode.Parse(input).Masked);

    [Theory]
    [InlineData("010101-002S", false)]
    [InlineData("010101-899P", false)]
    [InlineData("131052-308T", false)]
    [InlineData("010101-900R", true)]
    [InlineData("100190-999P", true)]
    public void Individual_numbers_from_900_are_temporary(string input, bool temporary) =>
        Assert.Equal(temporary, PersonalIdentityCode.Parse(input).IsTemporary);

    [Fact]
    public void To_string_is_the_value() =>
        Assert.Equal("010594Y9032", PersonalIdentityCode.Parse("010594y9032").ToString());

    [Fact]
    public void Parse_throws_a_format_exception_that_names_the_error_but_not_the_input()
    {
        var exception = Assert.Throws<FormatException>(() => PersonalIdentityCode.Parse("131052-308U"));

        Assert.Contains(nameof(IdentityCodeError.Checksum), exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("131052", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1952-10-13", 308, null, "131052-308T")]
    [InlineData("1994-05-01", 903, 'Y', "010594Y9032")]
    [InlineData("1994-05-05", 903, 'U', "050594U903M")]
    [InlineData("1990-01-10", 999, null, "100190-999P")]
    [InlineData("1990-01-10", 999, 'Y', "100190Y999P")]
    [InlineData("2004-05-02", 902, null, "020504A902E")]
    [InlineData("2016-05-02", 903, 'C', "020516C903K")]
    [InlineData("2003-05-02", 903, 'f', "020503F9037")]
    [InlineData("2000-02-29", 123, null, "290200A1239")]
    [InlineData("1801-01-01", 123, null, "010101+123N")]
    [InlineData("1801-01-01", 2, '+', "010101+002S")]
    public void Create_builds_the_code_that_parses_back(string birthDate, int individualNumber, char? sign, string expected)
    {
        var date = DateOnly.ParseExact(birthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var created = PersonalIdentityCode.Create(date, individualNumber, sign);

        Assert.Equal(expected, created.Value);
        Assert.True(PersonalIdentityCode.TryParse(created.Value, out var parsed, out _));
        Assert.Equal(created, parsed);
        Assert.Equal(date, parsed.BirthDate);
    }

    [Fact]
    public void Create_round_trips_for_every_sign_and_many_dates()
    {
        var signs = new Dictionary<int, string> { [1800] = "+", [1900] = "-YXWVU", [2000] = "ABCDEF" };
        for (var date = new DateOnly(1899, 12, 25); date <= new DateOnly(2001, 1, 5); date = date.AddDays(37))
        {
            foreach (var sign in signs[date.Year / 100 * 100])
            {
                var created = PersonalIdentityCode.Create(date, 2 + (date.DayNumber % 998), sign);

                Assert.Equal(sign, created.Value[6]);
                Assert.True(PersonalIdentityCode.TryParse(created.Value, out var parsed, out _));
                Assert.Equal(created, parsed);
                Assert.Equal(date, parsed.BirthDate);
            }
        }
    }

    [Theory]
    [InlineData("1994-05-01", 'A')]
    [InlineData("2004-05-02", '-')]
    [InlineData("2004-05-02", 'Y')]
    [InlineData("1990-01-10", '+')]
    [InlineData("1801-01-01", '-')]
    [InlineData("1990-01-10", 'Z')]
    public void Create_throws_for_a_sign_of_another_century(string birthDate, char sign)
    {
        var date = DateOnly.ParseExact(birthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Throws<ArgumentOutOfRangeException>(() => PersonalIdentityCode.Create(date, 123, sign));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    public void Create_throws_for_an_individual_number_outside_2_to_999(int individualNumber) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PersonalIdentityCode.Create(new DateOnly(1990, 1, 10), individualNumber));

    [Theory]
    [InlineData(1799)]
    [InlineData(2100)]
    public void Create_throws_for_a_year_no_sign_covers(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PersonalIdentityCode.Create(new DateOnly(year, 6, 1), 123));

    // Independent of the code under test, to show the fixtures' only fault is the one named.
    private static char ExpectedCheckCharacter(string code) =>
        "0123456789ABCDEFHJKLMNPRSTUVWXY"[(int)(long.Parse(string.Concat(code.AsSpan(0, 6), code.AsSpan(7, 3)), CultureInfo.InvariantCulture) % 31)];
}
