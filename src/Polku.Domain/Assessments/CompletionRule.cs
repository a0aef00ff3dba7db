namespace Polku.Domain.Assessments;

public enum CompletionRefusal
{
    /// <summary>A part the assessment must record is empty.</summary>
    Missing,

    /// <summary>SHL § 37: a long-term need means a named responsible worker first.</summary>
    LongTermNeedsResponsibleWorker,

    /// <summary>The organisation's access criteria do not allow concluding that rehabilitation is needed.</summary>
    CriteriaNotMet,
}

/// <summary>One reason an assessment cannot be completed yet, on the field the worker must change.</summary>
public sealed record CompletionProblem(string Field, CompletionRefusal Refusal, CriteriaShortfall? Shortfall = null);

/// <summary>
/// What an assessment must say before it is completed and becomes immutable: the client's view, the worker's
/// assessment, the nature of the need (§ 37), the special support finding (§ 3) and a reasoned conclusion that
/// the organisation's access criteria allow.
/// </summary>
public static class CompletionRule
{
    public static IReadOnlyList<CompletionProblem> Check(Assessment assessment, bool hasResponsibleWorker, IReadOnlyList<AccessCriterion> criteria)
    {
        var problems = new List<CompletionProblem>();
        void MissingIf(bool missing, string field)
        {
            if (missing)
            {
                problems.Add(new(field, CompletionRefusal.Missing));
            }
        }

        MissingIf(string.IsNullOrWhiteSpace(assessment.ClientView), "clientView");
        MissingIf(string.IsNullOrWhiteSpace(assessment.WorkerAssessment), "workerAssessment");
        MissingIf(assessment.SupportNature is null, "supportNature");
        if (assessment.SupportNature == SupportNature.LongTerm && !hasResponsibleWorker)
        {
            problems.Add(new("responsibleWorker", CompletionRefusal.LongTermNeedsResponsibleWorker));
        }

        MissingIf(assessment.SpecialSupportNeed is null, "specialSupportNeed");
        MissingIf(assessment.RehabilitationNeeded is null, "rehabilitationNeeded");
        MissingIf(string.IsNullOrWhiteSpace(assessment.ConclusionReasons), "conclusionReasons");
        if (assessment.RehabilitationNeeded == true)
        {
            problems.AddRange(AccessCriteria.Shortfalls(criteria, assessment.CriteriaMet)
                .Select(s => new CompletionProblem("criteriaMet", CompletionRefusal.CriteriaNotMet, s)));
        }

        return problems;
    }
}
