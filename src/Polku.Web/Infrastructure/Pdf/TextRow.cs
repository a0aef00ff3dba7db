namespace Polku.Web.Infrastructure.Pdf;

/// <summary>The look of a row of text cells: spacing around it, padding inside each cell, grid lines, shading.</summary>
internal sealed record RowStyle(
    double SpaceBefore = 0,
    double SpaceAfter = 0,
    double PaddingX = 0,
    double PaddingY = 0,
    bool Grid = false,
    bool Shaded = false);

/// <summary>One cell's already wrapped lines; <see cref="X"/> and <see cref="Width"/> are the column's, relative to the body.</summary>
internal sealed record TextCell(double X, double Width, IReadOnlyList<string> Lines, PdfFontStyle Style, double FontSize)
{
    public double LineHeight => FontSize * PdfTextSizes.LineSpacing;

    public double TextHeight => Lines.Count * LineHeight;
}

/// <summary>
/// Side-by-side cells of wrapped text. Every block is one: a paragraph or a heading is a row of one full-width cell, a
/// field is label + value, a table row is its cells. So wrapping, splitting across pages and drawing live in one place.
/// </summary>
internal sealed class TextRow : LayoutBox
{
    private readonly IReadOnlyList<TextCell> cells;
    private readonly RowStyle style;

    private TextRow(IReadOnlyList<TextCell> cells, RowStyle style)
    {
        this.cells = cells;
        this.style = style;
    }

    /// <summary>Wraps each text to its column and builds the row; the texts must have passed <see cref="PdfText.Clean"/>.</summary>
    public static TextRow Create(
        IReadOnlyList<(double X, double Width)> columns,
        IReadOnlyList<string> texts,
        IReadOnlyList<PdfFontStyle> styles,
        double fontSize,
        RowStyle style,
        bool keepWithNext = false,
        bool preferWhole = false,
        LayoutBox? repeatedHeader = null)
    {
        var cells = new TextCell[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var (x, width) = columns[i];
            var face = PdfFontFace.For(styles[i]);
            var lines = LineBreaker.Wrap(texts[i], face, fontSize, Math.Max(width - (2 * style.PaddingX), 1));
            cells[i] = new TextCell(x, width, lines, styles[i], fontSize);
        }

        return new TextRow(cells, style) { KeepWithNext = keepWithNext, PreferWhole = preferWhole, RepeatedHeader = repeatedHeader };
    }

    private double TextHeight => cells.Max(c => c.TextHeight);

    public override double Height => style.SpaceBefore + (2 * style.PaddingY) + TextHeight + style.SpaceAfter;

    public override double MinimumHeadHeight =>
        style.SpaceBefore + (2 * style.PaddingY) + cells.Max(c => c.Lines.Count > 0 ? c.LineHeight : 0);

    public override (LayoutBox Head, LayoutBox Tail)? Split(double available, bool force)
    {
        var room = available - style.SpaceBefore - (2 * style.PaddingY);
        var taken = cells.Select(c => c.LineHeight <= 0 ? 0 : Math.Min(c.Lines.Count, (int)Math.Floor((room + 0.01) / c.LineHeight))).ToArray();
        if (taken.All(t => t == 0))
        {
            if (!force)
            {
                return null;
            }

            taken = cells.Select(c => Math.Min(c.Lines.Count, 1)).ToArray();
        }

        if (cells.Select((c, i) => taken[i] == c.Lines.Count).All(allTaken => allTaken))
        {
            return null; // nothing would be left for the next page: the box cannot get any smaller
        }

        var head = new TextRow(
            cells.Select((c, i) => c with { Lines = c.Lines.Take(taken[i]).ToArray() }).ToArray(),
            style with { SpaceAfter = 0 })
        { PreferWhole = PreferWhole, RepeatedHeader = RepeatedHeader };
        var tail = new TextRow(
            cells.Select((c, i) => c with { Lines = c.Lines.Skip(taken[i]).ToArray() }).ToArray(),
            style with { SpaceBefore = 0 })
        { KeepWithNext = KeepWithNext, PreferWhole = PreferWhole, RepeatedHeader = RepeatedHeader };
        return (head, tail);
    }

    public override void Draw(PageCanvas canvas, double left, double top)
    {
        var boxTop = top + style.SpaceBefore;
        var boxHeight = TextHeight + (2 * style.PaddingY);
        var rowLeft = left + cells[0].X;
        var rowRight = left + cells[^1].X + cells[^1].Width;

        if (style.Shaded)
        {
            canvas.Shade(rowLeft, boxTop, rowRight - rowLeft, boxHeight);
        }

        foreach (var cell in cells)
        {
            var face = PdfFontFace.For(cell.Style);
            // Centre the glyphs' full height (ascent + descent) in the line's height.
            var baseline = boxTop + style.PaddingY + ((cell.LineHeight - ((face.Ascent + face.Descent) * cell.FontSize)) / 2)
                + (face.Ascent * cell.FontSize);
            foreach (var line in cell.Lines)
            {
                canvas.Text(left + cell.X + style.PaddingX, baseline, line, cell.Style, cell.FontSize);
                baseline += cell.LineHeight;
            }
        }

        if (style.Grid)
        {
            canvas.Line(rowLeft, boxTop, rowRight, boxTop);
            canvas.Line(rowLeft, boxTop + boxHeight, rowRight, boxTop + boxHeight);
            foreach (var cell in cells)
            {
                canvas.Line(left + cell.X, boxTop, left + cell.X, boxTop + boxHeight);
            }

            canvas.Line(rowRight, boxTop, rowRight, boxTop + boxHeight);
        }
    }
}
