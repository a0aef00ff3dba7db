using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Polku.Web.Tests.Infrastructure.Pdf;

/// <summary>Reads a produced PDF back the way a person's viewer would: page by page, as text.</summary>
public static class PdfReader
{
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)).ToList();
    }

    public static T Read<T>(byte[] pdf, Func<PdfDocument, T> read)
    {
        using var document = PdfDocument.Open(pdf);
        return read(document);
    }

    /// <summary>The letters of a page that are body text: below the header and above the footer.</summary>
    public static IReadOnlyList<Letter> BodyLetters(Page page) =>
        page.Letters.Where(l => l.StartBaseLine.Y < page.Height - 80 && l.StartBaseLine.Y > 70).ToList();
}
