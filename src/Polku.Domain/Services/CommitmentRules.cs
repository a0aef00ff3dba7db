using Polku.Domain.Decisions;

namespace Polku.Domain.Services;

public enum CommitmentProblemKind
{
    /// <summary>The decision is not in force (not signed or delivered) or does not grant the service.</summary>
    DecisionNotGranting,

    /// <summary>The commitment reaches outside the term the decision grants.</summary>
    OutsideDecisionTerm,
    EndBeforeStart,

    /// <summary>A price or a cap of zero or less: nothing could be invoiced, or everything could.</summary>
    NotPositive,

    /// <summary>Another commitment pays for the same client's same service on some of the same days.</summary>
    Overlaps,
}

public sealed record CommitmentProblem(string Field, CommitmentProblemKind Kind);

/// <summary>A period another commitment already pays for, both days included.</summary>
public sealed record CommitmentPeriod(DateOnly StartsOn, DateOnly EndsOn);

/// <summary>
/// What a payment commitment must satisfy before it is given: a provider is paid only for what a decision in force
/// grants, within its term, at a price and cap that mean something, and never twice for the same day. Pure.
/// </summary>
public static class CommitmentRules
{
    private static readonly DecisionStatus[] InForce = [DecisionStatus.Signed, DecisionStatus.Delivered];

    private static readonly DecisionOutcome[] Granting = [DecisionOutcome.Granted, DecisionOutcome.PartlyGranted, DecisionOutcome.Continued];

    /// <summary>Whether the decision, as it stands, can carry a commitment: made, and granting the service.</summary>
    public static bool IsGranting(DecisionStatus status, DecisionOutcome? outcome) =>
        InForce.Contains(status) && outcome is { } o && Granting.Contains(o);

    /// <inheritdoc cref="Check(PaymentCommitment, DecisionStatus, DecisionContent, IEnumerable{CommitmentPeriod})"/>
    public static IReadOnlyList<CommitmentProblem> Check(PaymentCommitment commitment, Decision decision, IEnumerable<CommitmentPeriod> others) =>
        Check(commitment, decision.Status, decision.Content, others);

    /// <summary>
    /// Problems with the commitment against its decision and <paramref name="others"/>: the periods of the same client's
    /// other commitments for the same service (not this one's own). Days are inclusive, so a commitment ending on the day
    /// another starts overlaps it.
    /// </summary>
    public static IReadOnlyList<CommitmentProblem> Check(PaymentCommitment commitment, DecisionStatus status, DecisionContent decision, IEnumerable<CommitmentPeriod> others)
    {
        var problems = new List<CommitmentProblem>();
        if (!IsGranting(status, decision.Outcome))
        {
            problems.Add(new("decision", CommitmentProblemKind.DecisionNotGranting));
        }

        if (decision.StartsOn is { } termStart && commitment.StartsOn < termStart)
        {
            problems.Add(new("startsOn", CommitmentProblemKind.OutsideDecisionTerm));
        }

        if (decision.EndsOn is { } termEnd && commitment.EndsOn > termEnd)
        {
            problems.Add(new("endsOn", CommitmentProblemKind.OutsideDecisionTerm));
        }

        if (commitment.EndsOn < commitment.StartsOn)
        {
            problems.Add(new("endsOn", CommitmentProblemKind.EndBeforeStart));
        }

        if (commitment.UnitPrice <= 0)
        {
            problems.Add(new("unitPrice", CommitmentProblemKind.NotPositive));
        }

        if (commitment.MaxUnits <= 0)
        {
            problems.Add(new("maxUnits", CommitmentProblemKind.NotPositive));
        }

        if (others.Any(o => Overlap(commitment.StartsOn, commitment.EndsOn, o)))
        {
            problems.Add(new("period", CommitmentProblemKind.Overlaps));
        }

        return problems;
    }

    /// <summary>Whether two periods share a day, both ends included.</summary>
    public static bool Overlap(DateOnly startsOn, DateOnly endsOn, CommitmentPeriod other) =>
        startsOn <= other.EndsOn && other.StartsOn <= endsOn;
}
