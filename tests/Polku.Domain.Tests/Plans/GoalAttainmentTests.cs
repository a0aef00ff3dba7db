using Polku.Domain.Plans;

namespace Polku.Domain.Tests.Plans;

public sealed class GoalAttainmentTests
{
    [Fact]
    public void The_reference_vector_scores_55() =>
        Assert.Equal(55.0, GoalAttainment.TScore([(-2, 3), (0, 5), (-1, 1), (2, 4), (0, 2), (1, 6)])!.Value, 10);

    [Fact]
    public void Goals_met_as_expected_score_50() =>
        Assert.Equal(50.0, GoalAttainment.TScore([(0, 1), (0, 3), (0, 2)])!.Value, 10);

    [Fact]
    public void Equal_weights_at_the_baseline_of_minus_one_score_below_50()
    {
        // Three goals at −1 with weight 1: 50 + 10·(−3)/√(0.7·3 + 0.3·9) = 50 − 30/√4.8.
        Assert.Equal(50 - (30 / Math.Sqrt(4.8)), GoalAttainment.TScore([(-1, 1), (-1, 1), (-1, 1)])!.Value, 10);
    }

    [Theory]
    [InlineData(-2, 1, 30.0)]
    [InlineData(1, 7, 60.0)]
    [InlineData(2, 3, 70.0)]
    public void One_goal_scores_ten_points_a_level_whatever_its_weight(int level, int weight, double expected) =>
        Assert.Equal(expected, GoalAttainment.TScore([(level, weight)])!.Value, 10);

    [Fact]
    public void Nothing_to_score_is_no_score()
    {
        Assert.Null(GoalAttainment.TScore([]));
        Assert.Null(GoalAttainment.TScore([(1, 0)]));
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(-3, 1)]
    [InlineData(0, -1)]
    public void Levels_outside_the_scale_and_negative_weights_are_refused(int level, int weight) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GoalAttainment.TScore([(level, weight)]));
}
