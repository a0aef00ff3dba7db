namespace Polku.Domain.Plans;

public enum PlanProblemKind
{
    Required,

    /// <summary>A goal needs a description for each of the five levels −2…+2.</summary>
    GoalLevelsMissing,
    WeightOutOfRange,
    LevelOutOfRange,
    EndBeforeStart,
    NoGoals,
    DisagreementUnexplained,
    NextReviewNotAfter,
    NextReviewTooFar,
    InFuture,
    BeforePlan,
    UnknownGoal,
    RatedTwice,
    UnknownFactor,
    GoalNotRated,
    UnknownService,
    ServiceNotEvaluated,
}

/// <summary>A problem with what was written, and the field it concerns (<c>goals[1].levels</c>, <c>nextReviewOn</c>…).</summary>
public sealed record PlanProblem(string Field, PlanProblemKind Kind);

/// <summary>What a plan must say to be saved, to be agreed, and what a review must say. Pure.</summary>
public static class PlanRules
{
    public const int MinWeight = 1;
    public const int MaxWeight = 10;

    /// <summary>Problems that stop even a draft from being saved: half-written goals, impossible numbers and dates.</summary>
    public static IReadOnlyList<PlanProblem> CheckDraft(PlanContent content)
    {
        var problems = new List<PlanProblem>();
        for (var i = 0; i < content.Goals.Count; i++)
        {
            var goal = content.Goals[i];
            if (goal.Title.Trim().Length == 0)
            {
                problems.Add(new($"goals[{i}].title", PlanProblemKind.Required));
            }

            if (goal.Levels.Count != 5 || goal.Levels.Any(l => l.Trim().Length == 0))
            {
                problems.Add(new($"goals[{i}].levels", PlanProblemKind.GoalLevelsMissing));
            }

            if (goal.Weight is < MinWeight or > MaxWeight)
            {
                problems.Add(new($"goals[{i}].weight", PlanProblemKind.WeightOutOfRange));
            }

            if (!GoalAttainment.IsLevel(goal.Baseline))
            {
                problems.Add(new($"goals[{i}].baseline", PlanProblemKind.LevelOutOfRange));
            }
        }

        if (content is { StartsOn: { } start, EndsOn: { } end } && end < start)
        {
            problems.Add(new("endsOn", PlanProblemKind.EndBeforeStart));
        }

        for (var i = 0; i < content.Services.Count; i++)
        {
            if (content.Services[i] is { StartsOn: { } from, ExpectedEndOn: { } to } && to < from)
            {
                problems.Add(new($"services[{i}].expectedEndOn", PlanProblemKind.EndBeforeStart));
            }
        }

        return problems;
    }

    /// <summary>
    /// Problems that stop a draft from being agreed: the need, at least one goal, the duration of social rehabilitation,
    /// the support level, the client's agreement in their words when they do not agree, and a next review no later than
    /// the organisation allows.
    /// </summary>
    public static IReadOnlyList<PlanProblem> CheckAgreement(PlanContent content, DateOnly today, int maxMonthsToReview)
    {
        var problems = CheckDraft(content).ToList();
        void Require(bool present, string field)
        {
            if (!present)
            {
                problems.Add(new(field, PlanProblemKind.Required));
            }
        }

        Require(content.WorkerAssessment.Trim().Length > 0, "workerAssessment");
        if (content.Goals.Count == 0)
        {
            problems.Add(new("goals", PlanProblemKind.NoGoals));
        }

        Require(content.StartsOn is not null, "startsOn");
        Require(content.EndsOn is not null, "endsOn");
        Require(content.SupportLevel is not null, "supportLevel");
        Require(content.ClientAgreement is not null, "clientAgreement");
        if (content.ClientAgreement is ClientAgreement.Disagrees or ClientAgreement.PartlyAgrees && content.ClientComment.Trim().Length == 0)
        {
            problems.Add(new("clientComment", PlanProblemKind.DisagreementUnexplained));
        }

        problems.AddRange(CheckNextReview("nextReviewOn", content.NextReviewOn, today, maxMonthsToReview));
        return problems;
    }

    /// <summary>
    /// Problems with a review of <paramref name="version"/>: its date (not before the version was agreed, not in the
    /// future), a rating −2…+2 for every goal, an evaluation of every service and method, and the next review.
    /// </summary>
    public static IReadOnlyList<PlanProblem> CheckReview(
        PlanVersion version, DateOnly? heldOn, ReviewOutcome? outcome, DateOnly? nextReviewOn, ReviewContent content, DateOnly today, int maxMonthsToReview)
    {
        var problems = new List<PlanProblem>();
        if (heldOn is not { } held)
        {
            problems.Add(new("heldOn", PlanProblemKind.Required));
        }
        else if (held > today)
        {
            problems.Add(new("heldOn", PlanProblemKind.InFuture));
        }
        else if (version.AgreedOn is { } agreed && held < agreed)
        {
            problems.Add(new("heldOn", PlanProblemKind.BeforePlan));
        }

        var goals = version.Content.Goals.Select(g => g.Key).ToHashSet();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < content.Goals.Count; i++)
        {
            var rating = content.Goals[i];
            if (!goals.Contains(rating.GoalKey))
            {
                problems.Add(new($"goals[{i}].goalKey", PlanProblemKind.UnknownGoal));
            }
            else if (!seen.Add(rating.GoalKey))
            {
                problems.Add(new($"goals[{i}].goalKey", PlanProblemKind.RatedTwice));
            }
            else if (!GoalAttainment.IsLevel(rating.Level))
            {
                problems.Add(new($"goals[{i}].level", PlanProblemKind.LevelOutOfRange));
            }
        }

        var rated = content.Goals.Select(g => g.GoalKey).ToHashSet();
        problems.AddRange(version.Content.Goals.Where(g => !rated.Contains(g.Key)).Select(g => new PlanProblem($"goal-{g.Key}", PlanProblemKind.GoalNotRated)));

        var planned = version.Content.Services.Select(s => s.Key).Concat(version.Content.Methods.Select(m => m.Key)).ToHashSet();
        for (var i = 0; i < content.Services.Count; i++)
        {
            if (!planned.Contains(content.Services[i].Key))
            {
                problems.Add(new($"services[{i}].key", PlanProblemKind.UnknownService));
            }
        }

        var factors = version.Content.SituationalFactors.Select(f => f.Code).ToHashSet();
        for (var i = 0; i < content.Factors.Count; i++)
        {
            if (!factors.Contains(content.Factors[i].Code))
            {
                problems.Add(new($"factors[{i}].code", PlanProblemKind.UnknownFactor));
            }
        }

        var evaluated = content.Services.Select(s => s.Key).ToHashSet();
        problems.AddRange(planned.Where(key => !evaluated.Contains(key)).Select(key => new PlanProblem($"service-{key}", PlanProblemKind.ServiceNotEvaluated)));

        if (outcome is null)
        {
            problems.Add(new("outcome", PlanProblemKind.Required));
        }
        else if (outcome != ReviewOutcome.End)
        {
            // A review date that is itself wrong is reported above; the next review is then counted from today.
            problems.AddRange(CheckNextReview("nextReviewOn", nextReviewOn, heldOn is { } h && h <= today ? h : today, maxMonthsToReview));
        }

        return problems;
    }

    /// <summary>The next review: after <paramref name="from"/>, and at most the organisation's maximum months ahead.</summary>
    public static IEnumerable<PlanProblem> CheckNextReview(string field, DateOnly? next, DateOnly from, int maxMonths)
    {
        if (next is not { } date)
        {
            yield return new(field, PlanProblemKind.Required);
        }
        else if (date <= from)
        {
            yield return new(field, PlanProblemKind.NextReviewNotAfter);
        }
        else if (date > from.AddMonths(maxMonths))
        {
            yield return new(field, PlanProblemKind.NextReviewTooFar);
        }
    }

    /// <summary>The default next review: the organisation's maximum ahead.</summary>
    public static DateOnly DefaultNextReview(DateOnly from, int maxMonths) => from.AddMonths(maxMonths);
}
