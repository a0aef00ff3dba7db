using System.Text;

namespace Polku.Web.Infrastructure.Pdf;

/// <summary>
/// Greedy word wrapping by measured width. Breaks at spaces; a word wider than the line (a long URL, an identifier)
/// is broken between characters so that nothing runs off the page or gets cut. Explicit '\n' starts a new line, and an
/// empty line stays as vertical space.
/// </summary>
internal static class LineBreaker
{
    /// <param name="text">Text already passed through <see cref="PdfText.Clean"/>.</param>
    public static List<string> Wrap(string text, PdfFontFace face, double fontSize, double maxWidth)
    {
        var lines = new List<string>();
        var spaceWidth = face.Width(' ', fontSize);
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0.0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = face.Width(word, fontSize);
                if (line.Length > 0 && lineWidth + spaceWidth + wordWidth <= maxWidth)
                {
                    line.Append(' ').Append(word);
                    lineWidth += spaceWidth + wordWidth;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0;
                }

                if (wordWidth <= maxWidth)
                {
                    line.Append(word);
                    lineWidth = wordWidth;
                    continue;
                }

                // Too long for any line: fill lines character by character; the last piece stays open for the next word.
                foreach (var c in word)
                {
                    var charWidth = face.Width(c, fontSize);
                    if (line.Length > 0 && lineWidth + charWidth > maxWidth)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                        lineWidth = 0;
                    }

                    line.Append(c);
                    lineWidth += charWidth;
                }
            }

            lines.Add(line.ToString());
        }

        return lines;
    }
}
