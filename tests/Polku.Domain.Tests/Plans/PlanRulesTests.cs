using Polku.Domain.Plans;
using static Polku.Domain.Tests.Plans.ClientPlanTests;

namespace Polku.Domain.Tests.Plans;

public sealed class PlanRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>A version agreed 30 days ago.</summary>
    private static PlanVersion Agreed(PlanContent content)
    {
        var plan = ClientPlan.Start(Guid.NewGuid(), Guid.NewGuid(), null, "", Guid.NewGuid(), Today.AddDays(-30), content, DateTimeOffset.UnixEpoch);
        plan.Agree(Guid.NewGuid(), Today.AddDays(-30), DateTimeOffset.UnixEpoch);
        return plan.InForce!;
    }

    [Fact]
    public void A_complete_plan_may_be_agreed() => Assert.Empty(PlanRules.CheckAgreement(Agreeable(), Today, 6));

    [Fact]
    public void A_goal_needs_all_five_level_descriptions_even_in_a_draft()
    {
        var goal = Goal("Apply for a course") with { Levels = ["a", "b", " ", "d", "e"] };
        var problems = PlanRules.CheckDraft(new PlanContent { Goals = [Goal("ok"), goal] });
        Assert.Equal([new PlanProblem("goals[1].levels", PlanProblemKind.GoalLevelsMissing)], problems);
    }

    [Theory]
    [InlineData(0, -1, "goals[0].weight", PlanProblemKind.WeightOutOfRange)]
    [InlineData(11, -1, "goals[0].weight", PlanProblemKind.WeightOutOfRange)]
    [InlineData(1, -3, "goals[0].baseline", PlanProblemKind.LevelOutOfRange)]
    public void Weights_and_baselines_stay_on_their_scales(int weight, int baseline, string field, PlanProblemKind kind) =>
        Assert.Contains(new PlanProblem(field, kind), PlanRules.CheckDraft(new PlanContent { Goals = [Goal("g", weight, baseline)] }));

    [Fact]
    public void Social_rehabilitation_does_not_end_before_it_starts() =>
        Assert.Contains(new PlanProblem("endsOn", PlanProblemKind.EndBeforeStart),
            PlanRules.CheckDraft(new PlanContent { StartsOn = Today, EndsOn = Today.AddDays(-1) }));

    [Fact]
    public void Agreement_needs_goals_duration_level_and_the_clients_view()
    {
        var problems = PlanRules.CheckAgreement(new PlanContent(), Today, 6).Select(p => (p.Field, p.Kind)).ToList();
        Assert.Contains(("goals", PlanProblemKind.NoGoals), problems);
        Assert.Contains(("startsOn", PlanProblemKind.Required), problems);
        Assert.Contains(("endsOn", PlanProblemKind.Required), problems);
        Assert.Contains(("supportLevel", PlanProblemKind.Required), problems);
        Assert.Contains(("clientAgreement", PlanProblemKind.Required), problems);
        Assert.Contains(("nextReviewOn", PlanProblemKind.Required), problems);
    }

    [Fact]
    public void A_client_who_disagrees_says_why_in_their_own_words()
    {
        var content = Agreeable() with { ClientAgreement = ClientAgreement.Disagrees };
        Assert.Contains(new PlanProblem("clientComment", PlanProblemKind.DisagreementUnexplained), PlanRules.CheckAgreement(content, Today, 6));
        Assert.Empty(PlanRules.CheckAgreement(content with { ClientComment = "I want to start work now." }, Today, 6));
    }

    [Theory]
    [InlineData(0, PlanProblemKind.NextReviewNotAfter)]
    [InlineData(7, PlanProblemKind.NextReviewTooFar)]
    public void The_next_review_is_after_today_and_within_the_organisations_months(int months, PlanProblemKind kind)
    {
        var content = Agreeable() with { NextReviewOn = Today.AddMonths(months) };
        Assert.Contains(new PlanProblem("nextReviewOn", kind), PlanRules.CheckAgreement(content, Today, 6));
    }

    [Fact]
    public void A_review_rates_every_goal_on_the_scale_and_evaluates_every_service()
    {
        var version = Agreed(Agreeable(Goal("a"), Goal("b")) with { Services = [new PlanService(Guid.NewGuid(), "group", "", null, null)] });
        var goals = version.Content.Goals;
        var content = new ReviewContent { Goals = [new(goals[0].Key, 3, ""), new(Guid.NewGuid(), 0, "")] };
        var problems = PlanRules.CheckReview(version, Today, ReviewOutcome.Continue, Today.AddMonths(3), content, Today, 6).Select(p => p.Kind).ToList();
        Assert.Contains(PlanProblemKind.LevelOutOfRange, problems);
        Assert.Contains(PlanProblemKind.UnknownGoal, problems);
        Assert.Contains(PlanProblemKind.GoalNotRated, problems);
        Assert.Contains(PlanProblemKind.ServiceNotEvaluated, problems);
    }

    [Theory]
    [InlineData(-31, PlanProblemKind.BeforePlan)]
    [InlineData(1, PlanProblemKind.InFuture)]
    public void A_review_is_held_between_the_agreement_and_today(int days, PlanProblemKind kind)
    {
        var version = Agreed(Agreeable());
        var content = new ReviewContent { Goals = [new(version.Content.Goals[0].Key, 0, "")] };
        var problems = PlanRules.CheckReview(version, Today.AddDays(days), ReviewOutcome.Continue, Today.AddMonths(3), content, Today, 6);
        Assert.Contains(new PlanProblem("heldOn", kind), problems);
    }

    [Fact]
    public void A_review_that_ends_social_rehabilitation_needs_no_next_review()
    {
        var version = Agreed(Agreeable());
        var content = new ReviewContent { Goals = [new(version.Content.Goals[0].Key, 0, "")] };
        Assert.Empty(PlanRules.CheckReview(version, Today, ReviewOutcome.End, null, content, Today, 6));
        Assert.Contains(new PlanProblem("nextReviewOn", PlanProblemKind.Required),
            PlanRules.CheckReview(version, Today, ReviewOutcome.Continue, null, content, Today, 6));
    }
}
