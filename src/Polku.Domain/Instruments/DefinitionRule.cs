using System.Text.RegularExpressions;

namespace Polku.Domain.Instruments;

public enum DefinitionProblemKind
{
    /// <summary>No rater chosen, or one that is not a rater.</summary>
    RatersRequired,

    /// <summary>An external instrument needs the publisher's page.</summary>
    LinkRequired,

    /// <summary>A link that is not an http(s) address.</summary>
    LinkInvalid,

    /// <summary>An open instrument needs at least one domain (and at most <see cref="DefinitionRule.MaxDomains"/>).</summary>
    DomainsRequired,

    TooManyDomains,

    /// <summary>An external instrument's questions are its publisher's: it has no domains here.</summary>
    ExternalHasDomains,

    /// <summary>A domain code: lower-case letters, digits and hyphens.</summary>
    CodeFormat,

    DuplicateCode,

    /// <summary>The scale's lowest step must be below its highest, and within the allowed range.</summary>
    ScaleInvalid,

    /// <summary>A step label for a value outside the scale, or two labels for one step.</summary>
    LabelOutsideScale,
}

/// <summary>A structural problem of a definition, with the field it is about (<c>domains[2].max</c>).</summary>
public sealed record DefinitionProblem(DefinitionProblemKind Kind, string Field);

/// <summary>What makes an instrument definition usable: raters, and for an open instrument domains with sound scales.</summary>
public static partial class DefinitionRule
{
    public const int MaxDomains = 30;
    public const int MinValue = -100;
    public const int MaxValue = 100;
    public const int MaxSteps = 21;

    public static IReadOnlyList<DefinitionProblem> Check(InstrumentContent content)
    {
        var problems = new List<DefinitionProblem>();
        if (content.Raters.Count == 0 || content.Raters.Any(r => !Enum.IsDefined(r)))
        {
            problems.Add(new(DefinitionProblemKind.RatersRequired, "raters"));
        }

        if (string.IsNullOrWhiteSpace(content.Link))
        {
            if (content.External)
            {
                problems.Add(new(DefinitionProblemKind.LinkRequired, "link"));
            }
        }
        else if (!IsWebAddress(content.Link))
        {
            problems.Add(new(DefinitionProblemKind.LinkInvalid, "link"));
        }

        if (content.External)
        {
            if (content.Domains.Count > 0)
            {
                problems.Add(new(DefinitionProblemKind.ExternalHasDomains, "domains"));
            }

            return problems;
        }

        if (content.Domains.Count == 0)
        {
            problems.Add(new(DefinitionProblemKind.DomainsRequired, "domains"));
        }
        else if (content.Domains.Count > MaxDomains)
        {
            problems.Add(new(DefinitionProblemKind.TooManyDomains, "domains"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < content.Domains.Count; i++)
        {
            var domain = content.Domains[i];
            var field = $"domains[{i}]";
            if (domain.Code is null || !CodePattern().IsMatch(domain.Code))
            {
                problems.Add(new(DefinitionProblemKind.CodeFormat, $"{field}.code"));
            }
            else if (!seen.Add(domain.Code))
            {
                problems.Add(new(DefinitionProblemKind.DuplicateCode, $"{field}.code"));
            }

            if (domain.Min < MinValue || domain.Max > MaxValue || domain.Min >= domain.Max || domain.Max - domain.Min + 1 > MaxSteps)
            {
                problems.Add(new(DefinitionProblemKind.ScaleInvalid, $"{field}.max"));
            }
            else if (domain.Labels.Any(l => l.Value < domain.Min || l.Value > domain.Max)
                || domain.Labels.Select(l => l.Value).Distinct().Count() != domain.Labels.Count)
            {
                problems.Add(new(DefinitionProblemKind.LabelOutsideScale, $"{field}.labels"));
            }
        }

        return problems;
    }

    public static bool IsWebAddress(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    public static partial Regex CodePattern();
}
