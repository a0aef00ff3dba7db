using Polku.Domain.Assessments;
using Polku.Domain.Common;
using Polku.Domain.Referrals;

namespace Polku.Domain.Tests.Assessments;

public sealed class CompletionRuleTests
{
    private static readonly AccessCriterion[] Criteria =
    [
        new() { Code = "special-support-need", Kind = CriterionKind.Required, Name = new LocalizedName("a", "a", "a") },
        new() { Code = "acute-problem", Kind = CriterionKind.Condition, RequiresCode = "treatment-contact", Name = new LocalizedName("b", "b", "b") },
        new() { Code = "treatment-contact", Kind = CriterionKind.Information, Name = new LocalizedName("c", "c", "c") },
    ];

    [Fact]
    public void An_empty_assessment_names_every_missing_part() =>
        Assert.Equal(
            ["clientView", "workerAssessment", "supportNature", "specialSupportNeed", "rehabilitationNeeded", "conclusionReasons"],
            CompletionRule.Check(new Assessment(), true, Criteria).Select(p => p.Field));

    [Fact]
    public void A_long_term_need_without_a_responsible_worker_is_refused_for_that_reason()
    {
        var problem = Assert.Single(CompletionRule.Check(Complete(SupportNature.LongTerm, ["special-support-need"]), false, Criteria));
        Assert.Equal(("responsibleWorker", CompletionRefusal.LongTermNeedsResponsibleWorker), (problem.Field, problem.Refusal));
    }

    [Fact]
    public void An_acute_problem_without_a_treatment_contact_stops_a_needed_conclusion()
    {
        var problem = Assert.Single(CompletionRule.Check(Complete(SupportNature.Temporary, ["special-support-need", "acute-problem"]), true, Criteria));
        Assert.Equal(CompletionRefusal.CriteriaNotMet, problem.Refusal);
        Assert.Equal("treatment-contact", problem.Shortfall!.Missing!.Code);
    }

    [Fact]
    public void A_complete_assessment_has_no_problems() =>
        Assert.Empty(CompletionRule.Check(Complete(SupportNature.LongTerm, ["special-support-need", "acute-problem", "treatment-contact"]), true, Criteria));

    [Fact]
    public void A_referral_starts_one_assessment_and_is_closed_by_it()
    {
        var referral = new Referral { SourceCode = "self", Description = "x" };
        var assessmentId = Guid.NewGuid();
        referral.StartAssessment(assessmentId);
        Assert.Equal((ReferralStatus.AssessmentStarted, assessmentId), (referral.Status, referral.AssessmentId));
        Assert.Throws<InvalidOperationException>(() => referral.StartAssessment(Guid.NewGuid()));
        referral.Close();
        Assert.Equal(ReferralStatus.Closed, referral.Status);
    }

    private static Assessment Complete(SupportNature nature, string[] criteria)
    {
        var assessment = new Assessment();
        assessment.Update(new AssessmentContent("oma", "arvio", nature, false, [], criteria, true, "", "perustelu"));
        return assessment;
    }
}
