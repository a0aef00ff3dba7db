using System.Globalization;
using System.Xml.Linq;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Polku.Web.Infrastructure.Pdf;

/// <summary>
/// Writes laid-out pages with PdfPig: header, body and footer of each page, in that order so that text extraction
/// reads a page top to bottom. Declares PDF/A-2b (PdfPig embeds the fonts, adds the sRGB output intent and XMP
/// metadata) because decisions and plans are archived.
/// </summary>
internal static class PdfRenderer
{
    private const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    private const string XmpBasicNamespace = "http://ns.adobe.com/xap/1.0/";

    public static byte[] Render(PdfDocumentInfo info, IReadOnlyList<PageCanvas> bodies)
    {
        using var builder = new PdfDocumentBuilder
        {
            ArchiveStandard = PdfAStandard.A2B,
            IncludeDocumentInformation = true,
        };
        var documentInformation = builder.DocumentInformation;
        documentInformation.Title = MetadataText(info.Title);
        documentInformation.Author = MetadataText(info.Author ?? info.OrganisationName);
        documentInformation.Subject = string.IsNullOrWhiteSpace(info.Subject) ? null : MetadataText(info.Subject);
        documentInformation.Creator = "Polku";
        if (info.CreatedAt is { } created)
        {
            // PDF date syntax, in UTC so that no offset arithmetic or culture is involved.
            documentInformation.CreationDate = created.UtcDateTime.ToString("'D:'yyyyMMddHHmmss'Z'", CultureInfo.InvariantCulture);
        }

        builder.XmpMetadata = ExtraMetadata(info);

        var fonts = new FontSlots(builder);
        for (var i = 0; i < bodies.Count; i++)
        {
            var header = new PageCanvas();
            PageFurniture.DrawHeader(header, info);
            var footer = new PageCanvas();
            PageFurniture.DrawFooter(footer, i + 1, bodies.Count);

            var page = builder.AddPage(PdfPageGeometry.Width, PdfPageGeometry.Height);
            foreach (var canvas in new[] { header, bodies[i], footer })
            {
                foreach (var drawing in canvas.Drawings)
                {
                    Draw(page, fonts, drawing);
                }
            }
        }

        return builder.Build();
    }

    private static void Draw(PdfPageBuilder page, FontSlots fonts, PageDrawing drawing)
    {
        // Layout is top-down; PDF's origin is the bottom-left corner.
        static double Flip(double y) => PdfPageGeometry.Height - y;

        switch (drawing)
        {
            case PageText text:
                fonts.Draw(page, text.Text, text.Style, text.FontSize, text.X, Flip(text.Baseline));
                break;
            case PageLine line:
                page.DrawLine(new PdfPoint(line.X1, Flip(line.Y1)), new PdfPoint(line.X2, Flip(line.Y2)), line.LineWidth);
                break;
            case PageShade shade:
                page.SetTextAndFillColor(235, 235, 235);
                page.SetStrokeColor(235, 235, 235);
                page.DrawRectangle(new PdfPoint(shade.X, Flip(shade.Y + shade.Height)), shade.Width, shade.Height, 0.5, fill: true);
                page.ResetColor();
                break;
        }
    }

    private static string MetadataText(string text) => PdfText.CleanLine(text, PdfFontFace.Regular);

    /// <summary>
    /// Metadata PdfPig does not write itself, merged into its XMP packet: the language, and the creation time (which
    /// PDF/A wants in XMP when the information dictionary has one).
    /// </summary>
    private static XDocument ExtraMetadata(PdfDocumentInfo info)
    {
        XNamespace rdf = RdfNamespace;
        XNamespace dc = DublinCoreNamespace;
        XNamespace xmp = XmpBasicNamespace;

        var description = new XElement(
            rdf + "Description",
            new XAttribute(rdf + "about", string.Empty),
            new XAttribute(XNamespace.Xmlns + "dc", dc),
            new XAttribute(XNamespace.Xmlns + "xmp", xmp),
            new XElement(dc + "language", new XElement(rdf + "Bag", new XElement(rdf + "li", info.Language.Trim()))));
        if (info.CreatedAt is { } created)
        {
            description.Add(new XElement(xmp + "CreateDate", created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        }

        return new XDocument(
            new XElement(
                XName.Get("xmpmeta", "adobe:ns:meta/"),
                new XAttribute(XNamespace.Xmlns + "x", "adobe:ns:meta/"),
                new XElement(rdf + "RDF", new XAttribute(XNamespace.Xmlns + "rdf", rdf), description)));
    }
}
