using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Polku.Web.Infrastructure.Pdf;

/// <summary>
/// Hands out PdfPig fonts for drawing. PdfPig writes an embedded TrueType font as a simple font with one-byte codes,
/// so one added font holds at most 255 distinct characters and throws after that. A long document with names in
/// several scripts can go past it, so the same face is added again as another slot whenever the current ones are full.
/// </summary>
internal sealed class FontSlots(PdfDocumentBuilder builder)
{
    private const int CharactersPerSlot = 250;

    private readonly Dictionary<PdfFontStyle, List<Slot>> slots = [];

    /// <summary>Draws clean text with its baseline at (x, y) in PDF coordinates, in as few runs as the slots allow.</summary>
    public void Draw(PdfPageBuilder page, string text, PdfFontStyle style, double fontSize, double x, double y)
    {
        var face = PdfFontFace.For(style);
        var runStart = 0;
        Slot? runSlot = null;
        for (var i = 0; i < text.Length; i++)
        {
            var slot = SlotFor(style, text[i]);
            if (runSlot is not null && slot != runSlot)
            {
                DrawRun(page, text, runStart, i, runSlot, face, fontSize, x, y);
                runStart = i;
            }

            runSlot = slot;
        }

        if (runSlot is not null)
        {
            DrawRun(page, text, runStart, text.Length, runSlot, face, fontSize, x, y);
        }
    }

    private static void DrawRun(PdfPageBuilder page, string text, int start, int end, Slot slot, PdfFontFace face, double fontSize, double x, double y)
    {
        var offset = face.Width(text.AsSpan(0, start), fontSize);
        page.AddText(text[start..end], fontSize, new PdfPoint(x + offset, y), slot.Font);
    }

    private Slot SlotFor(PdfFontStyle style, char c)
    {
        if (!slots.TryGetValue(style, out var list))
        {
            list = [];
            slots[style] = list;
        }

        foreach (var slot in list)
        {
            if (slot.Characters.Contains(c))
            {
                return slot;
            }
        }

        var open = list.Find(s => s.Characters.Count < CharactersPerSlot);
        if (open is null)
        {
            open = new Slot(builder.AddTrueTypeFont(PdfFontFace.For(style).FileBytes));
            list.Add(open);
        }

        open.Characters.Add(c);
        return open;
    }

    private sealed class Slot(PdfDocumentBuilder.AddedFont font)
    {
        public PdfDocumentBuilder.AddedFont Font { get; } = font;

        public HashSet<char> Characters { get; } = [];
    }
}
