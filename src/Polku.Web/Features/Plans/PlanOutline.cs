using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Domain.CodeLists;
using Polku.Domain.Common;
using Polku.Domain.Plans;
using Polku.Web.Features.CodeLists;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Plans;

/// <summary>One labelled text of a plan: "Tavoite 1 / −2: …", "Palvelut / Ryhmätoiminta: …".</summary>
public sealed record PlanLine(string Label, string Text);

/// <summary>A part of the plan under its heading, as the page, the comparison and the PDF show it.</summary>
public sealed record PlanPart(string Id, string Heading, IReadOnlyList<PlanLine> Lines);

/// <summary>The names of the codes a plan uses, in the organisation's lists.</summary>
public sealed record PlanCodeNames(
    IReadOnlyDictionary<string, LocalizedName> GoalAreas, IReadOnlyDictionary<string, LocalizedName> Factors,
    IReadOnlyDictionary<string, LocalizedName> Services, IReadOnlyDictionary<string, LocalizedName> Methods)
{
    public static async Task<PlanCodeNames> LoadAsync(CodeListQuery codes, Guid organisationId, CancellationToken cancellationToken) => new(
        await codes.NamesAsync(organisationId, CodeListNames.GoalAreas, cancellationToken),
        await codes.NamesAsync(organisationId, CodeListNames.SituationalFactors, cancellationToken),
        await codes.NamesAsync(organisationId, CodeListNames.PlanServices, cancellationToken),
        await codes.NamesAsync(organisationId, CodeListNames.Methods, cancellationToken));
}

/// <summary>
/// A plan version's content as ordered parts of labelled texts in one language: one outline behind the read-only page,
/// the side-by-side comparison of two versions and the PDF, so all three say the same.
/// </summary>
public static class PlanOutline
{
    /// <summary>The outline in the current UI culture's language (<paramref name="l"/> speaks it too).</summary>
    public static IReadOnlyList<PlanPart> Of(PlanContent c, PlanCodeNames names, IStringLocalizer l)
    {
        var language = UiLanguage.Current;
        string Name(IReadOnlyDictionary<string, LocalizedName> list, string? code) =>
            code is null ? "" : list.TryGetValue(code, out var name) ? name.In(language) : code;
        string Date(DateOnly? date) => date is { } d ? Format.Date(d) : "";
        string Joined(params string[] texts) => string.Join(" · ", texts.Where(t => t.Length > 0));

        var parts = new List<PlanPart>
        {
            new("need", l["Plans.Need"], [new(l["Plans.ClientView"], c.ClientView), new(l["Plans.WorkerAssessment"], c.WorkerAssessment)]),
            new("strengths", l["Plans.Strengths"], [new(l["Plans.ClientStrengths"], c.ClientStrengths), new(l["Plans.WorkerStrengths"], c.WorkerStrengths)]),
        };
        parts.AddRange(c.Goals.Select((g, i) => new PlanPart($"goal-{g.Key}", l["Plans.GoalHeading", i + 1, g.Title],
        [
            new(l["Plans.GoalArea"], Name(names.GoalAreas, g.AreaCode)),
            new(l["Plans.Weight"], Format.Number(g.Weight)),
            new(l["Plans.Baseline"], Format.Level(g.Baseline)),
            .. Enumerable.Range(GoalAttainment.Lowest, 5).Select(level => new PlanLine(l["Plans.LevelLabel." + Format.Level(level)], g.LevelText(level))),
        ])));
        parts.Add(new("factors", l["Plans.SituationalFactors"], c.SituationalFactors.Select(f => new PlanLine(Name(names.Factors, f.Code), f.Note)).ToList()));
        parts.Add(new("services", l["Plans.Services"], c.Services.Select(s => new PlanLine(Name(names.Services, s.Code),
            Joined(s.Description, s.StartsOn is null && s.ExpectedEndOn is null ? "" : $"{Date(s.StartsOn)}–{Date(s.ExpectedEndOn)}"))).ToList()));
        parts.Add(new("methods", l["Plans.Methods"], c.Methods.Select(m => new PlanLine(Name(names.Methods, m.Code), m.Description)).ToList()));
        parts.Add(new("commitments", l["Plans.Cooperation"],
        [
            new(l["Plans.ClientCommitments"], c.ClientCommitments),
            new(l["Plans.MeetingFrequency"], c.MeetingFrequency),
            .. c.NetworkMembers.Select(n => new PlanLine(l["Plans.NetworkMember"], Joined(n.Name, n.Organisation, n.Responsibility))),
            .. c.Supporters.Select(s => new PlanLine(l["Plans.Supporter"], Joined(s.Name, s.Relationship))),
        ]));
        parts.Add(new("duration", l["Plans.Duration"],
        [
            new(l["Plans.Period"], c.StartsOn is null && c.EndsOn is null ? "" : $"{Date(c.StartsOn)}–{Date(c.EndsOn)}"),
            new(l["Plans.SupportLevel"], c.SupportLevel is { } level ? l["SupportLevel." + level] : ""),
            new(l["Plans.NextReviewOn"], Date(c.NextReviewOn)),
        ]));
        parts.Add(new("agreement", l["Plans.Agreement"],
        [
            new(l["Plans.ClientParticipated"], l[c.ClientParticipated ? "Common.Yes" : "Common.No"]),
            new(l["Plans.ClientAgreement"], c.ClientAgreement is { } agreement ? l["ClientAgreement." + agreement] : ""),
            new(l["Plans.ClientComment"], c.ClientComment),
        ]));
        return parts;
    }
}
