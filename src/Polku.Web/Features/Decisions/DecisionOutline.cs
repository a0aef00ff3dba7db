using Microsoft.Extensions.Localization;
using Polku.Domain.Decisions;
using Polku.Web.Components;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Decisions;

/// <summary>A labelled text of a decision ("Päätöspäivä: 23.11.2026"), or a paragraph when <see cref="Label"/> is null.</summary>
public sealed record DecisionLine(string? Label, string Text)
{
    public bool IsParagraph => Label is null;

    public static DecisionLine Paragraph(string text) => new(null, text);
}

/// <summary>
/// A part of the decision under its heading. <see cref="Notice"/> marks a part the reader must not miss: that the
/// decision is not yet made, or that it has been annulled.
/// </summary>
public sealed record DecisionPart(string Id, string Heading, IReadOnlyList<DecisionLine> Lines, bool Notice = false);

/// <summary>
/// A decision document as ordered parts in one language: what the page shows and the PDF prints, so both say the same.
/// Follows HL 434/2003 § 44 (authority, date, party, what was decided, who gives more information), § 45 (reasons and
/// the provisions applied) and § 46 (the instructions for requesting rectification), and ends with the archive metadata.
/// </summary>
public static class DecisionOutline
{
    /// <summary>Whether the decision has been made: a draft, a case before the steering group and a proposal are not.</summary>
    public static bool IsDecided(DecisionStatus status) =>
        status is not (DecisionStatus.Draft or DecisionStatus.SteeringGroup or DecisionStatus.Proposed);

    /// <summary>"Päätös", or "Päätösluonnos" while undecided, or "Kumottu päätös", in the current UI culture.</summary>
    public static string Title(DecisionDocument d, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(l);
        return l[!IsDecided(d.Status) ? "DecisionDoc.DraftTitle" : d.Status == DecisionStatus.Annulled ? "DecisionDoc.AnnulledTitle" : "DecisionDoc.Title"];
    }

    /// <summary>
    /// The outline in the current UI culture's language, which <paramref name="l"/> speaks too: callers wrap it in
    /// <c>using var _ = UiLanguage.Use(d.Language)</c> so the decision is in the client's language whatever the user reads.
    /// </summary>
    public static IReadOnlyList<DecisionPart> Of(DecisionDocument d, IStringLocalizer<Strings> l)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(l);
        var c = d.Content;
        var parts = new List<DecisionPart>();
        if (!IsDecided(d.Status))
        {
            parts.Add(new("status", l["DecisionDoc.NotDecidedHeading"], [DecisionLine.Paragraph(l["DecisionDoc.NotDecidedText"])], Notice: true));
        }
        else if (d.Status == DecisionStatus.Annulled)
        {
            parts.Add(new("status", l["DecisionDoc.AnnulledHeading"],
            [
                DecisionLine.Paragraph(l["DecisionDoc.AnnulledText"]),
                new(l["DecisionDoc.AnnulmentReason"], d.AnnulmentReason),
            ], Notice: true));
        }

        parts.Add(new("basics", l["DecisionDoc.Basics"],
        [
            new(l["DecisionDoc.Authority"], d.OrganisationName),
            new(l["DecisionDoc.DecidedOn"], d.DecidedOn is { } decided ? Format.Date(decided) : l["DecisionDoc.NotDecided"]),
        ]));

        var party = new List<DecisionLine>
        {
            new(l["DecisionDoc.ClientName"], d.ClientName),
            d.IdentityCode is { } code ? new(l["DecisionDoc.IdentityCode"], code) : new(l["DecisionDoc.BirthDate"], Format.Date(d.BirthDate)),
        };
        if (d.Address is { } address)
        {
            party.Add(new(l["DecisionDoc.Address"], address));
        }

        parts.Add(new("party", l["DecisionDoc.Party"], party));

        var decision = new List<DecisionLine> { DecisionLine.Paragraph(c.Decided), new(l["DecisionDoc.Matter"], d.TypeName) };
        if (c.Service.Trim().Length > 0)
        {
            decision.Add(new(l["DecisionDoc.Service"], c.Service));
        }

        if (c.Outcome is { } outcome)
        {
            decision.Add(new(l["DecisionDoc.Outcome"], l["DecisionOutcome." + outcome]));
        }

        if (Period(c, l) is { } period)
        {
            decision.Add(new(l["DecisionDoc.Period"], period));
        }

        parts.Add(new("decision", l["DecisionDoc.Decision"], decision));
        parts.Add(new("reasons", l["DecisionDoc.Reasons"],
        [
            DecisionLine.Paragraph(c.Reasons),
            new(l["DecisionDoc.LegalBasis"], string.Join('\n', d.LegalBasisCitations)),
        ]));
        parts.Add(new("officials", l["DecisionDoc.Officials"],
        [
            new(l["DecisionDoc.DecidedBy"], d.Decider is { } decider ? Official(decider) : l["DecisionDoc.NotDecided"]),
            new(l["DecisionDoc.PreparedBy"], Official(d.Preparer)),
            new(l["DecisionDoc.MoreInformation"], c.MoreInformation),
        ]));
        parts.Add(new("appeal", l["DecisionDoc.Appeal"], Appeal(d, l)));

        var archive = ArchiveFacts.Lines(d.Archive, l, d.Language).Select(line => new DecisionLine(line.Label, line.Value)).ToList();
        if (d.AppealInstructionVersion is { } version)
        {
            archive.Add(new(l["DecisionDoc.AppealInstructionVersion"], Format.Number(version)));
        }

        archive.Add(new(l["DecisionDoc.DocumentId"], d.Id.ToString()));
        parts.Add(new("archive", l["Archive.Title"], archive));
        return parts;
    }

    /// <summary>"1.12.2026–31.5.2027", "1.12.2026 alkaen toistaiseksi"; null when a denial names no dates.</summary>
    private static string? Period(Domain.Decisions.DecisionContent c, IStringLocalizer l)
    {
        var denied = c.Outcome == DecisionOutcome.Denied;
        return (c.StartsOn, c.EndsOn) switch
        {
            ({ } start, { } end) => $"{Format.Date(start)}–{Format.Date(end)}",
            (null, { } end) => l["DecisionDoc.PeriodUntil", Format.Date(end)].Value,
            ({ } start, null) => l[denied ? "DecisionDoc.PeriodFrom" : "DecisionDoc.PeriodFromUntilFurtherNotice", Format.Date(start)].Value,
            (null, null) => denied ? null : l["DecisionDoc.UntilFurtherNotice"].Value,
        };
    }

    private static string Official(DecisionOfficial official) =>
        official.Title.Trim().Length == 0 ? official.Name : $"{official.Name}, {official.Title}";

    /// <summary>
    /// To whom, by when, how and with what contents a request for rectification is made (HL §§ 46, 49c–49e). When the
    /// decision has been delivered the last day is printed as a date; before that, the rule that will fix it.
    /// </summary>
    private static List<DecisionLine> Appeal(DecisionDocument d, IStringLocalizer l)
    {
        var lines = new List<DecisionLine>
        {
            DecisionLine.Paragraph(l["DecisionDoc.AppealIntro"]),
        };
        if (d.AppealTexts is { } texts)
        {
            lines.Add(new(l["DecisionDoc.AppealAuthority"], texts.Authority));
        }

        lines.Add(DecisionLine.Paragraph(l["DecisionDoc.AppealTimeRule", Format.Number(AppealPeriod.RectificationDays)]));
        if (d.Appeal is { } appeal)
        {
            lines.Add(new(l["DecisionDoc.SentOn"], $"{Format.Date(appeal.SentOn)} – {l["DeliveryMethod." + appeal.Method]}"));
            lines.Add(new(l["DecisionDoc.DeemedReceived"], Format.Date(appeal.DeemedReceivedOn)));
            lines.Add(new(l["DecisionDoc.Deadline"], Format.Date(appeal.RectificationDeadline)));
        }
        else
        {
            lines.Add(DecisionLine.Paragraph(l["DecisionDoc.AppealReceiptRule"]));
            lines.Add(DecisionLine.Paragraph(l["DecisionDoc.AppealWorkingDayRule"]));
        }

        lines.Add(DecisionLine.Paragraph(l["DecisionDoc.AppealOfficeHours"]));
        if (d.AppealTexts is { } given)
        {
            lines.Add(new(l["DecisionDoc.HowToRequest"], given.HowToRequest));
            lines.Add(new(l["DecisionDoc.RequestContents"], given.RequestContents));
            lines.Add(new(l["DecisionDoc.ContactDetails"], given.ContactDetails));
        }
        else
        {
            lines.Add(DecisionLine.Paragraph(l["DecisionDoc.AppealTextsMissing"]));
        }

        return lines;
    }
}
