namespace Polku.Web.Infrastructure.Pdf;

/// <summary>
/// What one page will show, recorded before any PDF exists: all pages must be laid out before "1 (N)" can be
/// written on the first. Coordinates are top-down, in points from the page's top-left corner.
/// </summary>
internal sealed class PageCanvas
{
    private readonly List<PageDrawing> drawings = [];

    public IReadOnlyList<PageDrawing> Drawings => drawings;

    public void Text(double x, double baseline, string text, PdfFontStyle style, double fontSize)
    {
        if (text.Length > 0)
        {
            drawings.Add(new PageText(x, baseline, text, style, fontSize));
        }
    }

    public void Line(double x1, double y1, double x2, double y2, double lineWidth = 0.5) =>
        drawings.Add(new PageLine(x1, y1, x2, y2, lineWidth));

    public void Shade(double x, double y, double width, double height) =>
        drawings.Add(new PageShade(x, y, width, height));
}

internal abstract record PageDrawing;

internal sealed record PageText(double X, double Baseline, string Text, PdfFontStyle Style, double FontSize) : PageDrawing;

internal sealed record PageLine(double X1, double Y1, double X2, double Y2, double LineWidth) : PageDrawing;

/// <summary>A light grey background, e.g. behind a table's header row.</summary>
internal sealed record PageShade(double X, double Y, double Width, double Height) : PageDrawing;
