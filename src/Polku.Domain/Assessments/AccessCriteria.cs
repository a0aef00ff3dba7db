namespace Polku.Domain.Assessments;

/// <summary>Why an "eligible" conclusion is not possible with the criteria ticked.</summary>
public sealed record CriteriaShortfall(AccessCriterion Criterion, AccessCriterion? Missing);

public static class AccessCriteria
{
    /// <summary>
    /// The criteria that stand in the way of concluding that social rehabilitation is needed:
    /// an unmet required criterion, no "any of" criterion met, or a condition met without what it requires
    /// (capital region: an acute substance-abuse or mental-health problem without a recorded treatment contact).
    /// </summary>
    public static IReadOnlyList<CriteriaShortfall> Shortfalls(IReadOnlyList<AccessCriterion> criteria, IReadOnlyCollection<string> met)
    {
        var shortfalls = new List<CriteriaShortfall>();
        shortfalls.AddRange(criteria
            .Where(c => c.Kind == CriterionKind.Required && !met.Contains(c.Code))
            .Select(c => new CriteriaShortfall(c, null)));

        var anyOf = criteria.Where(c => c.Kind == CriterionKind.AnyOf).ToList();
        if (anyOf.Count > 0 && !anyOf.Any(c => met.Contains(c.Code)))
        {
            shortfalls.AddRange(anyOf.Select(c => new CriteriaShortfall(c, null)));
        }

        foreach (var condition in criteria.Where(c => c.Kind == CriterionKind.Condition && met.Contains(c.Code)))
        {
            var required = criteria.SingleOrDefault(c => c.Code == condition.RequiresCode);
            if (required is not null && !met.Contains(required.Code))
            {
                shortfalls.Add(new CriteriaShortfall(condition, required));
            }
        }

        return shortfalls;
    }
}
