using Polku.Domain.Plans;

namespace Polku.Domain.Tests.Plans;

public sealed class ClientPlanTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Worker = Guid.NewGuid();

    internal static PlanGoal Goal(string title, int weight = 1, int baseline = -1) =>
        new(Guid.NewGuid(), title, null, weight, baseline, ["−2", "−1", "0", "+1", "+2"]);

    internal static PlanContent Agreeable(params PlanGoal[] goals) => new()
    {
        WorkerAssessment = "Needs support with everyday life.",
        Goals = goals.Length > 0 ? goals : [Goal("Wake up by nine")],
        StartsOn = Today,
        EndsOn = Today.AddMonths(12),
        SupportLevel = SupportLevel.Basic,
        NextReviewOn = Today.AddMonths(3),
        ClientParticipated = true,
        ClientAgreement = ClientAgreement.Agrees,
    };

    private static ClientPlan Plan(PlanContent? content = null) =>
        ClientPlan.Start(Guid.NewGuid(), Guid.NewGuid(), null, "", Worker, Today, content ?? Agreeable(), Now);

    [Fact]
    public void A_new_plan_is_a_draft_of_version_one()
    {
        var plan = Plan();
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal(1, plan.Draft!.Number);
        Assert.Null(plan.InForce);
    }

    [Fact]
    public void An_agreed_version_is_locked_and_a_revision_is_a_new_draft_that_starts_from_it()
    {
        var plan = Plan();
        plan.Agree(Worker, Today, Now);
        var agreed = plan.InForce!;
        Assert.Equal(PlanStatus.Agreed, plan.Status);
        Assert.Equal(Today.AddMonths(3), plan.NextReviewOn);
        Assert.Throws<InvalidOperationException>(() => plan.Edit(new PlanContent(), Now));

        var revision = plan.Revise(Worker, Today.AddDays(1), Now);
        Assert.Equal(2, revision.Number);
        Assert.Equal(agreed.Content.Goals, revision.Content.Goals);
        Assert.Null(revision.Content.ClientAgreement);
        plan.Edit(revision.Content with { MeetingFrequency = "weekly" }, Now);
        Assert.Equal("", agreed.Content.MeetingFrequency);
        Assert.Same(agreed, plan.InForce);

        plan.Agree(Worker, Today.AddDays(2), Now);
        Assert.Equal(PlanVersionStatus.Superseded, agreed.Status);
        Assert.Equal(2, plan.InForce!.Number);
    }

    [Fact]
    public void A_plan_with_a_draft_is_not_revised_again() =>
        Assert.Throws<InvalidOperationException>(() => Plan().Revise(Worker, Today, Now));

    [Fact]
    public void A_review_that_ends_social_rehabilitation_closes_the_plan()
    {
        var plan = Plan();
        plan.Agree(Worker, Today, Now);
        var goal = plan.InForce!.Content.Goals[0];
        var review = PlanReview.Of(plan, plan.InForce, Today, ReviewOutcome.End, Today.AddMonths(1),
            new ReviewContent { Goals = [new(goal.Key, 1, "")] }, Worker, Now);
        plan.Reviewed(review, Now);
        Assert.Equal(PlanStatus.Ended, plan.Status);
        Assert.Null(plan.NextReviewOn);
        Assert.Null(review.NextReviewOn);
        Assert.Equal(60.0, review.TScore);
    }

    [Fact]
    public void A_review_scores_with_the_weights_of_the_version_it_rates()
    {
        var heavy = Goal("heavy", weight: 3);
        var light = Goal("light", weight: 1);
        var plan = Plan(Agreeable(heavy, light));
        plan.Agree(Worker, Today, Now);
        var review = PlanReview.Of(plan, plan.InForce!, Today, ReviewOutcome.Continue, Today.AddMonths(2),
            new ReviewContent { Goals = [new(heavy.Key, 2, ""), new(light.Key, -2, "")] }, Worker, Now);
        // 50 + 10·(6 − 2) / √(0.7·10 + 0.3·16) = 50 + 40/√11.8
        Assert.Equal(Math.Round(50 + (40 / Math.Sqrt(11.8)), 1), review.TScore);
        plan.Reviewed(review, Now);
        Assert.Equal(Today.AddMonths(2), plan.NextReviewOn);
    }
}
