using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace Polku.Web.Infrastructure.Pdf;

internal enum PdfFontStyle
{
    Regular,
    Bold,
}

/// <summary>
/// One embedded TrueType face and its metrics. Layout measures text here, before any PDF page exists, with the same
/// numbers the PDF's width table is written from (the Windows Unicode cmap and hmtx), so a wrapped line is exactly as
/// wide on paper as it was when measured. PdfPig draws without kerning, so widths simply add up.
/// </summary>
internal sealed class PdfFontFace
{
    public static PdfFontFace Regular { get; } = Load("LiberationSans-Regular.ttf");

    public static PdfFontFace Bold { get; } = Load("LiberationSans-Bold.ttf");

    public static PdfFontFace For(PdfFontStyle style) => style == PdfFontStyle.Bold ? Bold : Regular;

    // Glyph id and advance width of every BMP character, looked up once: the tables are read-only afterwards, so
    // the shared faces are safe to use from concurrent requests.
    private readonly ushort[] glyphs;
    private readonly ushort[] advances;
    private readonly double unitsPerEm;

    private PdfFontFace(byte[] fileBytes)
    {
        FileBytes = fileBytes;
        var font = TrueTypeFontParser.Parse(new TrueTypeDataBytes(fileBytes));
        var cmap = font.WindowsUnicodeCMap
            ?? throw new InvalidOperationException("The embedded font has no Windows Unicode character map.");
        var metrics = font.TableRegister.HorizontalMetricsTable;
        unitsPerEm = font.GetUnitsPerEm();
        Ascent = font.TableRegister.HorizontalHeaderTable.Ascent / unitsPerEm;
        Descent = -font.TableRegister.HorizontalHeaderTable.Descent / unitsPerEm;

        glyphs = new ushort[char.MaxValue + 1];
        advances = new ushort[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var glyph = cmap.CharacterCodeToGlyphIndex(c);
            if (glyph > 0 && glyph <= ushort.MaxValue)
            {
                glyphs[c] = (ushort)glyph;
                advances[c] = metrics.GetAdvanceWidth(glyph);
            }
        }
    }

    public byte[] FileBytes { get; }

    /// <summary>Height above the baseline, as a fraction of the font size.</summary>
    public double Ascent { get; }

    /// <summary>Depth below the baseline, as a positive fraction of the font size.</summary>
    public double Descent { get; }

    public bool HasGlyph(char c) => glyphs[c] != 0;

    public double Width(char c, double fontSize) => advances[c] * fontSize / unitsPerEm;

    public double Width(ReadOnlySpan<char> text, double fontSize)
    {
        long units = 0;
        foreach (var c in text)
        {
            units += advances[c];
        }

        return units * fontSize / unitsPerEm;
    }

    private static PdfFontFace Load(string fileName)
    {
        var name = "Polku.Web.Pdf.Fonts." + fileName;
        using var stream = typeof(PdfFontFace).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new PdfFontFace(copy.ToArray());
    }
}
