namespace Polku.Domain.Instruments;

/// <summary>A measurement as the series sees it: its rater, stage, day and scores by domain code.</summary>
public sealed record ScoredMeasurement(Guid Id, Rater Rater, MeasurementStage Stage, DateOnly MeasuredOn, IReadOnlyDictionary<string, int> Scores);

/// <summary>
/// Change is read against the initial measurement: the first one of stage <see cref="MeasurementStage.Initial"/> by the
/// same rater, else that rater's first. Each rater is compared with themself, so a client's own view and the worker's
/// stay two lines of the 360° picture.
/// </summary>
public static class ChangeRule
{
    /// <summary>The baseline for a rater in a series given in the order the measurements happened; null when the rater has none.</summary>
    public static ScoredMeasurement? BaselineFor(IReadOnlyList<ScoredMeasurement> series, Rater rater) =>
        series.FirstOrDefault(m => m.Rater == rater && m.Stage == MeasurementStage.Initial)
        ?? series.FirstOrDefault(m => m.Rater == rater);

    /// <summary>Score minus the baseline's, for every domain both have; empty for the baseline itself.</summary>
    public static IReadOnlyDictionary<string, int> Change(ScoredMeasurement baseline, ScoredMeasurement measurement) =>
        baseline.Id == measurement.Id
            ? new Dictionary<string, int>()
            : measurement.Scores.Where(s => baseline.Scores.ContainsKey(s.Key))
                .ToDictionary(s => s.Key, s => s.Value - baseline.Scores[s.Key], StringComparer.Ordinal);
}
