namespace Polku.Web.Infrastructure.Pdf;

/// <summary>
/// What a document is, for its page header and its metadata. Every value is shown as given: the caller formats dates
/// in the document's language (Finnish "d.M.yyyy"), so nothing here depends on the server's culture.
/// </summary>
/// <param name="Title">Shown at the top right of every page and stored as the PDF title.</param>
/// <param name="OrganisationName">Shown at the top left of every page; the PDF author unless <paramref name="Author"/> is given.</param>
/// <param name="DocumentDate">Already formatted, e.g. "23.11.2026"; shown under the title.</param>
/// <param name="Language">BCP 47 code of the text ("fi", "sv"), stored as the document's language (XMP dc:language).</param>
/// <param name="Author">The PDF author when it is not the organisation, e.g. the decision maker's name.</param>
/// <param name="Subject">Optional PDF subject (description).</param>
/// <param name="CreatedAt">Optional creation time stored in the metadata; pass the injected clock's time.</param>
public sealed record PdfDocumentInfo(
    string Title,
    string OrganisationName,
    string DocumentDate,
    string Language,
    string? Author = null,
    string? Subject = null,
    DateTimeOffset? CreatedAt = null);
