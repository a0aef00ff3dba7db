using Microsoft.EntityFrameworkCore;
using Polku.Domain.CodeLists;
using Polku.Domain.Common;
using Polku.Domain.Plans;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Plans;

/// <summary>The checks of what a plan's editor sent that need the organisation's data: lengths, readable text and code lists.</summary>
public sealed partial class PlanHandlers
{
    /// <summary>Lengths, readable text and codes from the organisation's lists; the rules of the plan itself come after.</summary>
    private async Task<Validation> ValidateAsync(CurrentUser user, PlanContent content, CancellationToken cancellationToken)
    {
        var validation = new Validation(l);
        validation.MaxLength("clientView", content.ClientView, TextLimits.LongText);
        validation.MaxLength("workerAssessment", content.WorkerAssessment, TextLimits.LongText);
        validation.MaxLength("clientStrengths", content.ClientStrengths, TextLimits.Text);
        validation.MaxLength("workerStrengths", content.WorkerStrengths, TextLimits.Text);
        validation.MaxLength("clientCommitments", content.ClientCommitments, TextLimits.Text);
        validation.MaxLength("meetingFrequency", content.MeetingFrequency, TextLimits.Name);
        validation.MaxLength("clientComment", content.ClientComment, TextLimits.Text);
        validation.PlausibleDate("startsOn", content.StartsOn);
        validation.PlausibleDate("endsOn", content.EndsOn);
        validation.PlausibleDate("nextReviewOn", content.NextReviewOn);
        if (content.SupportLevel is { } level && !Enum.IsDefined(level))
        {
            validation.Add("supportLevel", "Validation.UnknownCode");
        }

        if (content.ClientAgreement is { } agreement && !Enum.IsDefined(agreement))
        {
            validation.Add("clientAgreement", "Validation.UnknownCode");
        }

        foreach (var (part, count) in new[]
        {
            ("goals", content.Goals.Count), ("services", content.Services.Count), ("methods", content.Methods.Count),
            ("situationalFactors", content.SituationalFactors.Count), ("networkMembers", content.NetworkMembers.Count), ("supporters", content.Supporters.Count),
        })
        {
            if (count > MaxItems)
            {
                validation.Add(part, "Plans.TooManyItems", MaxItems);
            }
        }

        for (var i = 0; i < content.Goals.Count; i++)
        {
            var goal = content.Goals[i];
            validation.MaxLength($"goals[{i}].title", goal.Title, TextLimits.Name * 2);
            foreach (var description in goal.Levels)
            {
                validation.MaxLength($"goals[{i}].levels", description, TextLimits.Explanation);
            }
        }

        for (var i = 0; i < content.Services.Count; i++)
        {
            validation.MaxLength($"services[{i}].description", content.Services[i].Description, TextLimits.Explanation);
            validation.PlausibleDate($"services[{i}].startsOn", content.Services[i].StartsOn);
            validation.PlausibleDate($"services[{i}].expectedEndOn", content.Services[i].ExpectedEndOn);
        }

        for (var i = 0; i < content.Methods.Count; i++)
        {
            validation.MaxLength($"methods[{i}].description", content.Methods[i].Description, TextLimits.Explanation);
        }

        for (var i = 0; i < content.SituationalFactors.Count; i++)
        {
            validation.MaxLength($"situationalFactors[{i}].note", content.SituationalFactors[i].Note, TextLimits.Explanation);
        }

        for (var i = 0; i < content.NetworkMembers.Count; i++)
        {
            var member = content.NetworkMembers[i];
            validation.RequiredText($"networkMembers[{i}].name", member.Name, TextLimits.Name);
            validation.MaxLength($"networkMembers[{i}].organisation", member.Organisation, TextLimits.Name);
            validation.MaxLength($"networkMembers[{i}].responsibility", member.Responsibility, TextLimits.Explanation);
        }

        for (var i = 0; i < content.Supporters.Count; i++)
        {
            validation.RequiredText($"supporters[{i}].name", content.Supporters[i].Name, TextLimits.Name);
            validation.MaxLength($"supporters[{i}].relationship", content.Supporters[i].Relationship, TextLimits.Name);
        }

        await CheckCodesAsync(user, validation, CodeListNames.GoalAreas, "goals", "areaCode", content.Goals.Select(g => g.AreaCode), cancellationToken);
        await CheckCodesAsync(user, validation, CodeListNames.SituationalFactors, "situationalFactors", "code", content.SituationalFactors.Select(f => f.Code), cancellationToken);
        await CheckCodesAsync(user, validation, CodeListNames.PlanServices, "services", "code", content.Services.Select(s => s.Code), cancellationToken, required: true);
        await CheckCodesAsync(user, validation, CodeListNames.Methods, "methods", "code", content.Methods.Select(m => m.Code), cancellationToken, required: true);
        return validation;
    }

    private const int MaxItems = 30;

    /// <summary>Each code must be in the organisation's list; the field named is the first entry with an unknown code.</summary>
    private async Task CheckCodesAsync(
        CurrentUser user, Validation validation, string list, string part, string property, IEnumerable<string?> values, CancellationToken cancellationToken, bool required = false)
    {
        var entries = values.ToList();
        var given = entries.OfType<string>().Where(c => c.Length > 0).Distinct().ToList();
        var known = given.Count == 0 ? [] : await codes.Effective(user, list).Where(e => given.Contains(e.Code)).Select(e => e.Code).ToListAsync(cancellationToken);
        for (var i = 0; i < entries.Count; i++)
        {
            if (string.IsNullOrEmpty(entries[i]))
            {
                if (required)
                {
                    validation.Add($"{part}[{i}].{property}", "Validation.Required");
                }
            }
            else if (!known.Contains(entries[i]!))
            {
                validation.Add($"{part}[{i}].{property}", "Validation.UnknownCode");
            }
        }
    }
}
