using System.Globalization;

namespace Polku.Web.Infrastructure.Pdf;

/// <summary>
/// The parts of every page that are not the body: the organisation's name at the top left, the document's title and
/// date at the top right, and the page number "N (total)" at the bottom right, as Finnish and Swedish official
/// documents number their pages.
/// </summary>
internal static class PageFurniture
{
    public static void DrawHeader(PageCanvas canvas, PdfDocumentInfo info)
    {
        const double left = PdfPageGeometry.MarginLeft;
        const double right = PdfPageGeometry.Width - PdfPageGeometry.MarginRight;
        const double half = (PdfPageGeometry.ContentWidth / 2) - 6;
        var bold = PdfFontFace.Bold;
        var regular = PdfFontFace.Regular;

        var organisation = PdfText.Fit(PdfText.CleanLine(info.OrganisationName, bold), bold, PdfTextSizes.PageHeaderTitle, half);
        canvas.Text(left, PdfPageGeometry.HeaderBaseline, organisation, PdfFontStyle.Bold, PdfTextSizes.PageHeaderTitle);

        var title = PdfText.Fit(PdfText.CleanLine(info.Title, bold), bold, PdfTextSizes.PageHeaderTitle, half);
        DrawRightAligned(canvas, right, PdfPageGeometry.HeaderBaseline, title, PdfFontStyle.Bold, PdfTextSizes.PageHeaderTitle);

        var date = PdfText.Fit(PdfText.CleanLine(info.DocumentDate, regular), regular, PdfTextSizes.PageHeader, half);
        var secondLine = PdfPageGeometry.HeaderBaseline + (PdfTextSizes.PageHeaderTitle * PdfTextSizes.LineSpacing);
        DrawRightAligned(canvas, right, secondLine, date, PdfFontStyle.Regular, PdfTextSizes.PageHeader);

        canvas.Line(left, PdfPageGeometry.HeaderRule, right, PdfPageGeometry.HeaderRule);
    }

    public static void DrawFooter(PageCanvas canvas, int pageNumber, int pageCount)
    {
        const double left = PdfPageGeometry.MarginLeft;
        const double right = PdfPageGeometry.Width - PdfPageGeometry.MarginRight;
        canvas.Line(left, PdfPageGeometry.FooterRule, right, PdfPageGeometry.FooterRule);
        DrawRightAligned(canvas, right, PdfPageGeometry.FooterBaseline, PageNumber(pageNumber, pageCount), PdfFontStyle.Regular, PdfTextSizes.PageFooter);
    }

    /// <summary>"1 (2)": page one of two.</summary>
    public static string PageNumber(int pageNumber, int pageCount) =>
        string.Create(CultureInfo.InvariantCulture, $"{pageNumber} ({pageCount})");

    private static void DrawRightAligned(PageCanvas canvas, double right, double baseline, string text, PdfFontStyle style, double fontSize) =>
        canvas.Text(right - PdfFontFace.For(style).Width(text, fontSize), baseline, text, style, fontSize);
}
