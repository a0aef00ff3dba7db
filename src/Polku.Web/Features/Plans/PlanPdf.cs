using Microsoft.Extensions.Localization;
using Polku.Domain.Plans;
using Polku.Web.Components;
using Polku.Web.Features.CodeLists;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;
using Polku.Web.Infrastructure.Pdf;

namespace Polku.Web.Features.Plans;

public sealed record PlanDocument(string FileName, byte[] Content);

/// <summary>
/// The plan as a PDF in the client's language (fi or sv), whatever language the user reads: the same outline the page
/// shows, with the client, the version and its agreement, and the reviews of that version.
/// </summary>
public sealed class PlanPdf(PlanHandlers plans, CodeListQuery codes, Clock clock, IStringLocalizer<Strings> l)
{
    public async Task<Result<PlanDocument>> CreateAsync(CurrentUser user, Guid id, int? number, CancellationToken cancellationToken)
    {
        var read = await plans.GetAsync(user, id, cancellationToken);
        if (!read.Succeeded)
        {
            return read.As<PlanDocument>();
        }

        var plan = read.Value!;
        var version = number is { } n && n != plan.Current.Number
            ? (await plans.VersionAsync(user, id, n, cancellationToken)).Value
            : plan.Current;
        if (version is null)
        {
            return Result<PlanDocument>.NotFound();
        }

        var client = await plans.DocumentFactsAsync(plan.ClientId, cancellationToken);
        var names = await PlanCodeNames.LoadAsync(codes, user.OrganisationId, cancellationToken);
        var language = UiLanguage.DocumentLanguage(plan.ClientLanguage);
        using var clientLanguage = UiLanguage.Use(language);
        var draft = version.Status == PlanVersionStatus.Draft;
        var date = version.AgreedOn ?? version.CreatedOn;
        var title = draft ? l["Plans.PdfDraftTitle"] : l["Plans.Heading"];
        var pdf = new PdfLayout(new PdfDocumentInfo(title, client.Organisation.In(language), Format.Date(date), language, version.AgreedBy ?? version.Author, CreatedAt: clock.Now))
            .Heading(l["Plans.PdfBasics"])
            .Fields(
            [
                (l["Plans.PdfClient"], plan.ClientName),
                (l[client.IdentityCode is null ? "Plans.PdfBirthDate" : "Plans.PdfIdentityCode"], client.IdentityCode ?? Format.Date(client.BirthDate)),
                (l["Plans.Version"], $"{version.Number} – {l["PlanVersionStatus." + version.Status]}"),
                (l["Plans.Created"], $"{Format.Date(version.CreatedOn)} · {version.Author}"),
                (l["Plans.AgreedOn"], version.AgreedOn is { } agreed ? $"{Format.Date(agreed)} · {version.AgreedBy}" : "–"),
            ]);
        foreach (var part in PlanOutline.Of(version.Content, names, l))
        {
            pdf.Heading(part.Heading, level: 2);
            if (part.Lines.Count == 0)
            {
                pdf.Paragraph("–");
            }
            else
            {
                pdf.Fields(part.Lines.Select(line => (line.Label, line.Text.Length == 0 ? "–" : line.Text)));
            }
        }

        var reviews = plan.Reviews.Where(r => r.PlanVersionNumber == version.Number).ToList();
        if (reviews.Count > 0)
        {
            pdf.Heading(l["Plans.Reviews"], level: 2).Table(
                [(l["Plans.HeldOn"], 1f), (l["Plans.TScore"], 1f), (l["Plans.Outcome"], 2f), (l["Plans.NextReviewOn"], 1f)],
                reviews.Select(r => (IReadOnlyList<string>)
                [
                    Format.Date(r.HeldOn), r.GasTScore is { } t ? Format.OneDecimal(t, language) : "–", l["ReviewOutcome." + r.Outcome],
                    r.NextReviewOn is { } next ? Format.Date(next) : "–",
                ]));
        }

        pdf.Heading(l["Archive.Title"], level: 2).Fields(ArchiveFacts.Lines(plan.Archive, l, language));
        var fileName = $"{l["Plans.PdfFileName"]}-{version.Number}-{date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.pdf";
        return Result<PlanDocument>.Ok(new PlanDocument(fileName, pdf.ToBytes()));
    }
}
