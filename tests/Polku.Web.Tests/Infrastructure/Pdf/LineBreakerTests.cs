using Polku.Web.Infrastructure.Pdf;

namespace Polku.Web.Tests.Infrastructure.Pdf;

public class LineBreakerTests
{
    private static readonly PdfFontFace Face = PdfFontFace.Regular;

    [Fact]
    public void Lines_are_filled_up_to_the_width_and_no_wider()
    {
        var text = string.Join(' ', Enumerable.Repeat("sosiaalinen kuntoutus", 30));

        var lines = LineBreaker.Wrap(text, Face, 10, 200);

        Assert.True(lines.Count > 3);
        Assert.All(lines, line => Assert.True(Face.Width(line, 10) <= 200, $"'{line}' is too wide"));
        // Greedy: adding the next word to any line would overflow it.
        for (var i = 0; i < lines.Count - 1; i++)
        {
            var next = lines[i + 1].Split(' ')[0];
            Assert.True(Face.Width(lines[i] + " " + next, 10) > 200, $"'{next}' would still fit after '{lines[i]}'");
        }

        Assert.Equal(text, string.Join(' ', lines));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_broken_between_characters()
    {
        var word = new string('W', 100);

        var lines = LineBreaker.Wrap("a " + word + " b", Face, 10, 100);

        Assert.Equal("a", lines[0]);
        Assert.True(lines.Count >= 4);
        Assert.Equal(word + "b", string.Concat(lines.Skip(1)).Replace(" ", "", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.True(Face.Width(line, 10) <= 100));
    }

    [Fact]
    public void Newlines_and_empty_lines_are_kept()
    {
        Assert.Equal(["yksi", "", "kaksi"], LineBreaker.Wrap("yksi\n\nkaksi", Face, 10, 500));
    }
}
