namespace Polku.Domain.Decisions;

public enum DecisionProblemKind
{
    Required,
    EndBeforeStart,

    /// <summary>The type is granted for a term only; an end date is needed.</summary>
    TermRequired,

    /// <summary>The provision is not one this type of decision may rest on.</summary>
    LegalBasisNotValid,
    UnknownLanguage,
}

public sealed record DecisionProblem(string Field, DecisionProblemKind Kind);

/// <summary>What a decision must say before it is signed (HL § 44–45) — a draft may be saved half-written. Pure.</summary>
public static class DecisionRules
{
    public static readonly IReadOnlyList<string> Languages = ["fi", "sv"];

    /// <summary>Problems that stop even a draft: impossible dates, provisions the type does not rest on, an unknown language.</summary>
    public static IReadOnlyList<DecisionProblem> CheckDraft(DecisionContent content, IReadOnlySet<string> validBases)
    {
        var problems = new List<DecisionProblem>();
        if (content is { StartsOn: { } start, EndsOn: { } end } && end < start)
        {
            problems.Add(new("endsOn", DecisionProblemKind.EndBeforeStart));
        }

        for (var i = 0; i < content.LegalBases.Count; i++)
        {
            if (!validBases.Contains(content.LegalBases[i]))
            {
                problems.Add(new($"legalBases[{i}]", DecisionProblemKind.LegalBasisNotValid));
            }
        }

        if (!Languages.Contains(content.Language))
        {
            problems.Add(new("language", DecisionProblemKind.UnknownLanguage));
        }

        return problems;
    }

    /// <summary>
    /// Problems that stop signing: the outcome, the start, a term unless the type may be granted until further notice
    /// (a denial has no term), at least one provision, the reasons, what was decided and who gives more information.
    /// </summary>
    public static IReadOnlyList<DecisionProblem> CheckForSigning(DecisionContent content, IReadOnlySet<string> validBases, bool mayBeWithoutTerm)
    {
        var problems = CheckDraft(content, validBases).ToList();
        void Require(bool present, string field)
        {
            if (!present)
            {
                problems.Add(new(field, DecisionProblemKind.Required));
            }
        }

        Require(content.Outcome is not null, "outcome");
        Require(content.LegalBases.Count > 0, "legalBases");
        Require(content.Reasons.Trim().Length > 0, "reasons");
        Require(content.Decided.Trim().Length > 0, "decided");
        Require(content.MoreInformation.Trim().Length > 0, "moreInformation");
        if (content.Outcome is not DecisionOutcome.Denied)
        {
            Require(content.StartsOn is not null, "startsOn");
            if (content.EndsOn is null && !mayBeWithoutTerm)
            {
                problems.Add(new("endsOn", DecisionProblemKind.TermRequired));
            }
        }

        return problems;
    }
}
