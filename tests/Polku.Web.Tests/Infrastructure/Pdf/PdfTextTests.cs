using Polku.Web.Infrastructure.Pdf;

namespace Polku.Web.Tests.Infrastructure.Pdf;

public class PdfTextTests
{
    [Theory]
    [InlineData("Åsa Öberg – ”ok”", "Åsa Öberg – ”ok”")]
    [InlineData("a\r\nb\rc\u2028d", "a\nb\nc\nd")]
    [InlineData("tab\there", "tab here")]
    [InlineData("x\u0000\u0007\u200B\u202Ey", "xy")]
    [InlineData("emoji 😀!", "emoji ?!")]
    [InlineData("Ma\u0308kinen", "Mäkinen")]
    public void Clean_keeps_what_the_font_draws_and_replaces_the_rest(string input, string expected)
    {
        Assert.Equal(expected, PdfText.Clean(input, PdfFontFace.Regular));
    }

    [Fact]
    public void A_broken_surrogate_pair_becomes_one_question_mark()
    {
        // Not in InlineData: attribute arguments are stored as UTF-8, which cannot hold a lone surrogate.
        var broken = "lone " + '\uDC00' + " surrogate " + '\uD83D';
        Assert.Equal("lone ? surrogate ?", PdfText.Clean(broken, PdfFontFace.Regular));
    }

    [Fact]
    public void Fit_shortens_with_an_ellipsis_only_when_needed()
    {
        var face = PdfFontFace.Regular;
        Assert.Equal("Vaasa", PdfText.Fit("Vaasa", face, 10, 100));

        var fitted = PdfText.Fit(new string('m', 100), face, 10, 100);
        Assert.EndsWith("…", fitted, StringComparison.Ordinal);
        Assert.True(face.Width(fitted, 10) <= 100);
    }
}
