using Polku.Domain.Decisions;
using Polku.Domain.Services;
using static Polku.Domain.Tests.Services.PaymentCommitmentTests;

namespace Polku.Domain.Tests.Services;

public sealed class CommitmentRulesTests
{
    private static readonly DecisionContent GrantedForSpringAndSummer = new()
    {
        Outcome = DecisionOutcome.Granted,
        StartsOn = Day("2026-03-01"),
        EndsOn = Day("2026-08-31"),
    };

    private static readonly CommitmentPeriod[] NoOthers = [];

    [Fact]
    public void A_commitment_within_a_signed_granting_decision_has_no_problems() =>
        Assert.Empty(CommitmentRules.Check(Commitment("2026-03-02", "2026-08-31"), DecisionStatus.Signed, GrantedForSpringAndSummer, NoOthers));

    [Theory]
    [InlineData(DecisionOutcome.Granted)]
    [InlineData(DecisionOutcome.PartlyGranted)]
    [InlineData(DecisionOutcome.Continued)]
    public void A_delivered_granting_decision_carries_a_commitment(DecisionOutcome outcome) =>
        Assert.Empty(CommitmentRules.Check(Commitment("2026-03-02", "2026-08-31"), DecisionStatus.Delivered, GrantedForSpringAndSummer with { Outcome = outcome }, NoOthers));

    [Theory]
    [InlineData(DecisionOutcome.Denied)]
    [InlineData(DecisionOutcome.Terminated)]
    public void A_decision_that_does_not_grant_is_refused(DecisionOutcome outcome) =>
        Assert.Equal(
            [new CommitmentProblem("decision", CommitmentProblemKind.DecisionNotGranting)],
            CommitmentRules.Check(Commitment("2026-03-02", "2026-08-31"), DecisionStatus.Delivered, GrantedForSpringAndSummer with { Outcome = outcome }, NoOthers));

    [Theory]
    [InlineData(DecisionStatus.Draft)]
    [InlineData(DecisionStatus.SteeringGroup)]
    [InlineData(DecisionStatus.Proposed)]
    [InlineData(DecisionStatus.Annulled)]
    [InlineData(DecisionStatus.Ended)]
    public void A_decision_not_in_force_is_refused(DecisionStatus status) =>
        Assert.Equal(
            [new CommitmentProblem("decision", CommitmentProblemKind.DecisionNotGranting)],
            CommitmentRules.Check(Commitment("2026-03-02", "2026-08-31"), status, GrantedForSpringAndSummer, NoOthers));

    [Fact]
    public void A_period_reaching_outside_the_term_is_refused_at_both_ends() =>
        Assert.Equal(
            [new CommitmentProblem("startsOn", CommitmentProblemKind.OutsideDecisionTerm), new CommitmentProblem("endsOn", CommitmentProblemKind.OutsideDecisionTerm)],
            CommitmentRules.Check(Commitment("2026-02-28", "2026-09-01"), DecisionStatus.Signed, GrantedForSpringAndSummer, NoOthers));

    [Fact]
    public void A_decision_until_further_notice_has_no_end_to_exceed() =>
        Assert.Empty(CommitmentRules.Check(Commitment("2026-03-01", "2027-12-31"), DecisionStatus.Signed, GrantedForSpringAndSummer with { EndsOn = null }, NoOthers));

    [Fact]
    public void End_before_start_is_refused() =>
        Assert.Contains(
            new CommitmentProblem("endsOn", CommitmentProblemKind.EndBeforeStart),
            CommitmentRules.Check(Commitment("2026-05-01", "2026-04-30"), DecisionStatus.Signed, GrantedForSpringAndSummer, NoOthers));

    [Fact]
    public void Price_and_cap_must_be_positive() =>
        Assert.Equal(
            [new CommitmentProblem("unitPrice", CommitmentProblemKind.NotPositive), new CommitmentProblem("maxUnits", CommitmentProblemKind.NotPositive)],
            CommitmentRules.Check(Commitment("2026-03-02", "2026-08-31", 0m, 0), DecisionStatus.Signed, GrantedForSpringAndSummer, NoOthers));

    [Theory]
    [InlineData("2026-03-01", "2026-05-31", false)] // ends the day before this one starts
    [InlineData("2026-03-01", "2026-06-01", true)]  // ends on this one's first day: the boundary day is shared
    [InlineData("2026-08-31", "2026-09-30", true)]  // starts on this one's last day
    [InlineData("2026-09-01", "2026-09-30", false)] // starts the day after this one ends
    [InlineData("2026-07-01", "2026-07-31", true)]  // inside
    public void Periods_sharing_a_day_overlap(string otherStarts, string otherEnds, bool overlaps)
    {
        // This one: 1.6.–31.8.2026.
        var others = new[] { new CommitmentPeriod(Day(otherStarts), Day(otherEnds)) };
        var problems = CommitmentRules.Check(Commitment("2026-06-01", "2026-08-31"), DecisionStatus.Signed, GrantedForSpringAndSummer, others);
        Assert.Equal(overlaps, problems.Contains(new CommitmentProblem("period", CommitmentProblemKind.Overlaps)));
    }
}
