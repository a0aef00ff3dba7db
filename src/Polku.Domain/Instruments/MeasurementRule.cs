namespace Polku.Domain.Instruments;

public enum MeasurementProblemKind
{
    /// <summary>The instrument does not let this rater score it.</summary>
    RaterNotAllowed,

    /// <summary>A score for a domain the instrument version does not have.</summary>
    UnknownDomain,

    /// <summary>A domain of the instrument without a score.</summary>
    MissingDomain,

    /// <summary>A score below the scale's lowest step or above its highest.</summary>
    OutsideScale,

    /// <summary>An external instrument's measurement needs its overall result.</summary>
    ResultRequired,
}

/// <summary>
/// A problem with a measurement, with the field it is about: <c>rater</c>, <c>result</c> or <c>scores.&lt;domain&gt;</c>;
/// <see cref="Domain"/> is the instrument's domain when there is one, for its name in the message.
/// </summary>
public sealed record MeasurementProblem(MeasurementProblemKind Kind, string Field, InstrumentDomain? Domain = null);

/// <summary>A measurement is scored on the instrument version it names: every domain once, each within its scale, by a rater the instrument allows.</summary>
public static class MeasurementRule
{
    public static string ScoreField(string domain) => $"scores.{domain}";

    public static IReadOnlyList<MeasurementProblem> Check(Instrument instrument, Rater rater, IReadOnlyDictionary<string, int?> scores, string? result)
    {
        var problems = new List<MeasurementProblem>();
        if (!instrument.Raters.Contains(rater))
        {
            problems.Add(new(MeasurementProblemKind.RaterNotAllowed, "rater"));
        }

        if (instrument.External && string.IsNullOrWhiteSpace(result))
        {
            problems.Add(new(MeasurementProblemKind.ResultRequired, "result"));
        }

        var domains = instrument.Domains.ToDictionary(d => d.Code, StringComparer.Ordinal);
        foreach (var code in scores.Keys.Where(code => !domains.ContainsKey(code)).Order(StringComparer.Ordinal))
        {
            problems.Add(new(MeasurementProblemKind.UnknownDomain, ScoreField(code)));
        }

        foreach (var domain in instrument.Domains)
        {
            if (!scores.TryGetValue(domain.Code, out var score) || score is null)
            {
                problems.Add(new(MeasurementProblemKind.MissingDomain, ScoreField(domain.Code), domain));
            }
            else if (score < domain.Min || score > domain.Max)
            {
                problems.Add(new(MeasurementProblemKind.OutsideScale, ScoreField(domain.Code), domain));
            }
        }

        return problems;
    }
}
