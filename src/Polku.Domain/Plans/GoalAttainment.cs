namespace Polku.Domain.Plans;

/// <summary>
/// Goal Attainment Scaling (used by Kela since 2012): each goal is rated on five levels, −2…+2, where 0 is the
/// expected outcome (Kela's baseline is usually −1). The summary T-score is
/// T = 50 + 10·Σ(wᵢxᵢ) / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²) with ρ = 0.3: 50 when every goal is met as expected.
/// </summary>
public static class GoalAttainment
{
    public const int Lowest = -2;
    public const int Highest = 2;

    /// <summary>The assumed correlation between goals in Kiresuk and Sherman's formula.</summary>
    public const double Rho = 0.3;

    public static bool IsLevel(int level) => level is >= Lowest and <= Highest;

    /// <summary>The T-score of goals rated at <c>Level</c> with <c>Weight</c>; null when there is nothing to score.</summary>
    public static double? TScore(IReadOnlyCollection<(int Level, int Weight)> goals)
    {
        if (goals.Count == 0 || goals.All(g => g.Weight == 0))
        {
            return null;
        }

        if (goals.Any(g => !IsLevel(g.Level) || g.Weight < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(goals), "Levels are −2…+2 and weights are not negative.");
        }

        double weighted = goals.Sum(g => g.Weight * g.Level);
        double squares = goals.Sum(g => g.Weight * g.Weight);
        double total = goals.Sum(g => g.Weight);
        return 50 + (10 * weighted / Math.Sqrt(((1 - Rho) * squares) + (Rho * total * total)));
    }
}
