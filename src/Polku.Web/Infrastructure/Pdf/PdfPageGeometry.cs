namespace Polku.Web.Infrastructure.Pdf;

/// <summary>
/// A4 portrait in PDF points (1/72 inch), with room above the body for the page header and below it for the page
/// number. Layout works top-down from the body's top-left corner; only the renderer turns that into PDF's bottom-up
/// coordinates.
/// </summary>
internal static class PdfPageGeometry
{
    private const double PointsPerMm = 72 / 25.4;

    public const double Width = 210 * PointsPerMm;
    public const double Height = 297 * PointsPerMm;

    public const double MarginLeft = 20 * PointsPerMm;
    public const double MarginRight = 20 * PointsPerMm;

    /// <summary>Baseline of the header's first line, from the top edge.</summary>
    public const double HeaderBaseline = 14 * PointsPerMm;

    /// <summary>The rule under the header, from the top edge.</summary>
    public const double HeaderRule = 23 * PointsPerMm;

    public const double BodyTop = 28 * PointsPerMm;
    public const double BodyBottom = Height - (22 * PointsPerMm);

    /// <summary>The rule above the footer, from the top edge.</summary>
    public const double FooterRule = Height - (17 * PointsPerMm);

    /// <summary>Baseline of the page number, from the top edge.</summary>
    public const double FooterBaseline = Height - (12 * PointsPerMm);

    public const double ContentWidth = Width - MarginLeft - MarginRight;
    public const double BodyHeight = BodyBottom - BodyTop;
}

/// <summary>Font sizes in points. One place, so the plan and the decision look like one family of documents.</summary>
internal static class PdfTextSizes
{
    public const double Body = 10;
    public const double Table = 9;
    public const double PageHeader = 9;
    public const double PageHeaderTitle = 10;
    public const double PageFooter = 9;

    /// <summary>Line height as a multiple of the font size.</summary>
    public const double LineSpacing = 1.25;

    public static double Heading(int level) => level switch
    {
        1 => 14,
        2 => 12,
        _ => 10.5,
    };
}
