namespace Polku.Web.Infrastructure.Pdf;

/// <summary>
/// A document a feature fills top to bottom and turns into an A4 PDF/A-2b file: headings, paragraphs, label–value
/// fields and tables, with the organisation, title and date on every page and page numbers "1 (2)".
/// Texts are shown exactly as given (format dates and numbers before); '\n' starts a new line; characters the font
/// cannot draw come out as '?'.
/// </summary>
/// <example>
/// <code>
/// var pdf = new PdfLayout(new PdfDocumentInfo("Asiakassuunnitelma", "Vaasan kaupunki", "23.11.2026", "fi"))
///     .Fields([("Asiakas", "Mäkinen Eetu"), ("Laatija", "Virtanen Anna")])
///     .Heading("Tavoitteet")
///     .Table([("Tavoite", 3f), ("Paino", 1f)], [["Oma asunto", "2"], ["Työkokeilu", "1"]])
///     .ToBytes();
/// </code>
/// </example>
public sealed class PdfLayout
{
    private const double ParagraphSpacing = 6;
    private const double FieldLabelShare = 0.35;
    private const double FieldGap = 8;

    private static readonly RowStyle ParagraphStyle = new(SpaceAfter: ParagraphSpacing);
    private static readonly RowStyle FieldStyle = new(SpaceAfter: 3);
    private static readonly RowStyle TableHeaderStyle = new(PaddingX: 4, PaddingY: 3, Grid: true, Shaded: true);
    private static readonly RowStyle TableRowStyle = new(PaddingX: 4, PaddingY: 3, Grid: true);

    private readonly List<LayoutBox> boxes = [];

    public PdfLayout(PdfDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentException.ThrowIfNullOrWhiteSpace(info.Language);
        Info = info;
    }

    public PdfDocumentInfo Info { get; }

    /// <summary>A bold heading (level 1 largest, 2, 3), never left alone at the bottom of a page.</summary>
    public PdfLayout Heading(string text, int level = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        var size = PdfTextSizes.Heading(level);
        var style = new RowStyle(SpaceBefore: size * 0.8, SpaceAfter: size * 0.3);
        boxes.Add(FullWidth(text, PdfFontStyle.Bold, size, style, keepWithNext: true));
        return this;
    }

    /// <summary>Body text, wrapped to the page width; may continue on the next page.</summary>
    public PdfLayout Paragraph(string text)
    {
        boxes.Add(FullWidth(text, PdfFontStyle.Regular, PdfTextSizes.Body, ParagraphStyle, keepWithNext: false));
        return this;
    }

    /// <summary>Label–value pairs: bold labels in a narrow column, values wrapped beside them.</summary>
    public PdfLayout Fields(IEnumerable<(string Label, string Value)> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        const double labelWidth = PdfPageGeometry.ContentWidth * FieldLabelShare;
        (double, double)[] columns = [(0, labelWidth - FieldGap), (labelWidth, PdfPageGeometry.ContentWidth - labelWidth)];
        PdfFontStyle[] styles = [PdfFontStyle.Bold, PdfFontStyle.Regular];
        foreach (var (label, value) in fields)
        {
            string[] texts = [Clean(label, PdfFontStyle.Bold), Clean(value, PdfFontStyle.Regular)];
            boxes.Add(TextRow.Create(columns, texts, styles, PdfTextSizes.Body, FieldStyle, preferWhole: true));
        }

        boxes.Add(new SpaceBox(ParagraphSpacing));
        return this;
    }

    /// <summary>
    /// A grid table. Column widths share the page width by weight; the header row repeats at the top of every page
    /// the table continues on. A row shorter than <paramref name="columns"/> is padded with empty cells.
    /// </summary>
    public PdfLayout Table(IReadOnlyList<(string Header, float Weight)> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0 || columns.Any(c => !float.IsFinite(c.Weight) || c.Weight <= 0))
        {
            throw new ArgumentException("A table needs at least one column, each with a positive weight.", nameof(columns));
        }

        var total = columns.Sum(c => (double)c.Weight);
        var positions = new (double X, double Width)[columns.Count];
        var x = 0.0;
        for (var i = 0; i < columns.Count; i++)
        {
            var width = PdfPageGeometry.ContentWidth * columns[i].Weight / total;
            positions[i] = (x, width);
            x += width;
        }

        var headerStyles = Enumerable.Repeat(PdfFontStyle.Bold, columns.Count).ToArray();
        var cellStyles = Enumerable.Repeat(PdfFontStyle.Regular, columns.Count).ToArray();
        var header = TextRow.Create(
            positions,
            columns.Select(c => Clean(c.Header, PdfFontStyle.Bold)).ToArray(),
            headerStyles,
            PdfTextSizes.Table,
            TableHeaderStyle,
            keepWithNext: true,
            preferWhole: true);
        boxes.Add(header);

        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            if (row.Count > columns.Count)
            {
                throw new ArgumentException("A row has more cells than the table has columns.", nameof(rows));
            }

            var texts = Enumerable.Range(0, columns.Count).Select(i => i < row.Count ? Clean(row[i], PdfFontStyle.Regular) : string.Empty).ToArray();
            boxes.Add(TextRow.Create(positions, texts, cellStyles, PdfTextSizes.Table, TableRowStyle, preferWhole: true, repeatedHeader: header));
        }

        boxes.Add(new SpaceBox(ParagraphSpacing));
        return this;
    }

    /// <summary>Vertical space in points (none at the top of a page).</summary>
    public PdfLayout Spacer(double points = 12)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(points, PdfPageGeometry.BodyHeight);
        boxes.Add(new SpaceBox(points));
        return this;
    }

    /// <summary>Lays out all pages and writes the PDF. May be called again; each call lays out anew.</summary>
    public byte[] ToBytes() => PdfRenderer.Render(Info, Paginator.Paginate(boxes));

    private static string Clean(string? text, PdfFontStyle style) => PdfText.Clean(text, PdfFontFace.For(style));

    private static TextRow FullWidth(string text, PdfFontStyle style, double size, RowStyle rowStyle, bool keepWithNext) =>
        TextRow.Create([(0, PdfPageGeometry.ContentWidth)], [Clean(text, style)], [style], size, rowStyle, keepWithNext);
}
