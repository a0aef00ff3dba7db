using System.Globalization;
using Microsoft.Extensions.Localization;
using Polku.Web.Infrastructure.Localization;
using Polku.Web.Infrastructure.Pdf;

namespace Polku.Web.Features.Decisions;

/// <summary>
/// The decision as a PDF in its own language (fi or sv), whatever language the user reads: the outline the page shows,
/// laid out for sending and archiving. Pure: the same document and time give the same file.
/// </summary>
public static class DecisionPdf
{
    /// <summary>
    /// Lays the decision out. <paramref name="createdAt"/> is stored as the file's creation time (pass the clock's now).
    /// The texts are in <see cref="DecisionDocument.Language"/>, not the current UI culture, which is left as it was.
    /// </summary>
    public static byte[] Render(DecisionDocument d, IStringLocalizer<Strings> l, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(l);
        var language = UiLanguage.DocumentLanguage(d.Language);
        using var documentLanguage = UiLanguage.Use(language);
        var title = DecisionOutline.Title(d, l);
        var date = d.DecidedOn is { } decided ? Format.Date(decided) : l["DecisionDoc.NotDecided"].Value;
        var pdf = new PdfLayout(new PdfDocumentInfo(title, d.OrganisationName, date, language, d.Decider?.Name ?? d.Preparer.Name, d.TypeName, createdAt))
            .Heading($"{title}: {d.TypeName}");
        foreach (var part in DecisionOutline.Of(d, l))
        {
            pdf.Heading(part.Heading, level: 2);
            var fields = new List<(string Label, string Value)>();
            foreach (var line in part.Lines)
            {
                if (line.IsParagraph)
                {
                    Flush(pdf, fields);
                    pdf.Paragraph(Shown(line.Text));
                }
                else
                {
                    fields.Add((line.Label!, Shown(line.Text)));
                }
            }

            Flush(pdf, fields);
        }

        return pdf.ToBytes();
    }

    /// <summary>"paatos-2026-11-23.pdf", "beslut-2026-11-23.pdf"; a draft's name says so and carries no date.</summary>
    public static string FileName(DecisionDocument d, IStringLocalizer<Strings> l)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(l);
        using var documentLanguage = UiLanguage.Use(UiLanguage.DocumentLanguage(d.Language));
        return DecisionOutline.IsDecided(d.Status) && d.DecidedOn is { } decided
            ? $"{l["DecisionDoc.FileName"]}-{decided.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.pdf"
            : $"{l["DecisionDoc.DraftFileName"]}.pdf";
    }

    private static string Shown(string text) => text.Trim().Length == 0 ? "–" : text;

    private static void Flush(PdfLayout pdf, List<(string Label, string Value)> fields)
    {
        if (fields.Count > 0)
        {
            pdf.Fields(fields);
            fields.Clear();
        }
    }
}
