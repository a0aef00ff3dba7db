using Polku.Domain.Decisions;
using Polku.Domain.People;
using static Polku.Domain.Tests.Decisions.Outcomes;

namespace Polku.Domain.Tests.Decisions;

public sealed class DecisionWorkflowTests
{
    private static readonly DecisionChain Alone = RegionalChains.National;
    private static readonly DecisionChain WithGroup = RegionalChains.Vantaa;

    [Theory]
    [InlineData(DecisionStatus.Draft, DecisionStep.Submit, DecisionStatus.Proposed)]
    [InlineData(DecisionStatus.Draft, DecisionStep.Sign, DecisionStatus.Signed)]
    [InlineData(DecisionStatus.Proposed, DecisionStep.Sign, DecisionStatus.Signed)]
    [InlineData(DecisionStatus.Signed, DecisionStep.Deliver, DecisionStatus.Delivered)]
    [InlineData(DecisionStatus.Signed, DecisionStep.Annul, DecisionStatus.Annulled)]
    [InlineData(DecisionStatus.Delivered, DecisionStep.Annul, DecisionStatus.Annulled)]
    public void Without_a_steering_group_a_draft_is_proposed_or_signed_at_once(DecisionStatus from, DecisionStep step, DecisionStatus to) =>
        Assert.Equal(to, DecisionWorkflow.Next(Alone, from, step));

    [Fact]
    public void With_a_steering_group_a_draft_goes_to_the_group_and_comes_back_proposed()
    {
        Assert.Equal(DecisionStatus.SteeringGroup, DecisionWorkflow.Next(WithGroup, DecisionStatus.Draft, DecisionStep.Submit));
        Assert.Equal(DecisionStatus.Proposed, DecisionWorkflow.Next(WithGroup, DecisionStatus.SteeringGroup, DecisionStep.SteeringGroupReview));
        Assert.Null(DecisionWorkflow.Next(WithGroup, DecisionStatus.Draft, DecisionStep.Sign));
    }

    [Fact]
    public void A_steering_group_is_never_skipped_even_when_the_preparer_may_decide()
    {
        var chain = Alone with { SteeringGroupReviews = true };
        Assert.Null(DecisionWorkflow.Next(chain, DecisionStatus.Draft, DecisionStep.Sign));
        AssertRefused(Check(chain, DecisionStatus.Draft, DecisionStep.Sign, Role.SocialWorker, preparer: true), StepRefusal.WrongState);
    }

    [Fact]
    public void No_step_leaves_an_annulled_or_ended_decision()
    {
        foreach (var step in Enum.GetValues<DecisionStep>())
        {
            Assert.Null(DecisionWorkflow.Next(Alone, DecisionStatus.Annulled, step));
            Assert.Null(DecisionWorkflow.Next(Alone, DecisionStatus.Ended, step));
        }
    }

    [Theory]
    [InlineData(DecisionStatus.Proposed, DecisionStep.Submit)]
    [InlineData(DecisionStatus.Draft, DecisionStep.Deliver)]
    [InlineData(DecisionStatus.Draft, DecisionStep.Annul)]
    [InlineData(DecisionStatus.Proposed, DecisionStep.Annul)]
    [InlineData(DecisionStatus.Signed, DecisionStep.Sign)]
    [InlineData(DecisionStatus.Delivered, DecisionStep.Deliver)]
    [InlineData(DecisionStatus.Proposed, DecisionStep.SteeringGroupReview)]
    [InlineData(DecisionStatus.Annulled, DecisionStep.Annul)]
    [InlineData(DecisionStatus.Ended, DecisionStep.Deliver)]
    public void A_step_from_the_wrong_state_is_refused_whoever_takes_it(DecisionStatus status, DecisionStep step)
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            AssertRefused(Check(Alone, status, step, role, preparer: true), StepRefusal.WrongState);
        }
    }

    [Fact]
    public void A_draft_someone_else_prepared_is_submitted_before_it_is_signed()
    {
        AssertRefused(Check(Alone, DecisionStatus.Draft, DecisionStep.Sign, Role.SocialWorker, preparer: false), StepRefusal.WrongState);
        AssertAllowed(Check(Alone, DecisionStatus.Proposed, DecisionStep.Sign, Role.SocialWorker, preparer: false));
    }

    [Fact]
    public void A_preparer_who_holds_a_signing_role_still_may_not_sign_where_four_eyes_decide()
    {
        var outcome = DecisionWorkflow.Check(
            WithGroup, DecisionStatus.Proposed, DecisionStep.Sign, [Role.SocialWorker, Role.LeadingSocialWorker], isPreparer: true, clientNeedsSpecialSupport: false);
        AssertRefused(outcome, StepRefusal.PreparerMayNotSign, Role.LeadingSocialWorker);
        AssertAllowed(DecisionWorkflow.Check(
            WithGroup, DecisionStatus.Proposed, DecisionStep.Sign, [Role.SocialWorker, Role.LeadingSocialWorker], isPreparer: false, clientNeedsSpecialSupport: false));
    }

    [Fact]
    public void One_permitted_role_among_several_is_enough() =>
        AssertAllowed(DecisionWorkflow.Check(
            Alone, DecisionStatus.Proposed, DecisionStep.Sign, [Role.Registrar, Role.SocialCounsellor], isPreparer: false, clientNeedsSpecialSupport: false));

    [Fact]
    public void A_user_without_roles_is_refused_and_told_who_can() =>
        AssertRefused(DecisionWorkflow.Check(Alone, DecisionStatus.Draft, DecisionStep.Submit, [], isPreparer: true, clientNeedsSpecialSupport: false),
            StepRefusal.RoleNotAllowed, Role.SocialWorker, Role.SocialCounsellor);

    [Fact]
    public void Special_support_narrows_signing_and_annulling_but_not_preparing_or_delivering()
    {
        AssertAllowed(Check(Alone, DecisionStatus.Draft, DecisionStep.Submit, Role.SocialCounsellor, preparer: true, specialSupport: true));
        AssertAllowed(Check(Alone, DecisionStatus.Signed, DecisionStep.Deliver, Role.SocialCounsellor, specialSupport: true));
        AssertRefused(Check(Alone, DecisionStatus.Proposed, DecisionStep.Sign, Role.SocialCounsellor, specialSupport: true),
            StepRefusal.SpecialSupportNeedsSocialWorker, Role.SocialWorker);
        AssertRefused(Check(Alone, DecisionStatus.Delivered, DecisionStep.Annul, Role.SocialCounsellor, specialSupport: true),
            StepRefusal.SpecialSupportNeedsSocialWorker, Role.SocialWorker);
    }

    [Fact]
    public void A_role_outside_the_chain_is_told_who_can_for_this_client()
    {
        AssertRefused(Check(Alone, DecisionStatus.Proposed, DecisionStep.Sign, Role.Registrar, specialSupport: true),
            StepRefusal.RoleNotAllowed, Role.SocialWorker);
        AssertRefused(Check(Alone, DecisionStatus.Proposed, DecisionStep.Sign, Role.Registrar),
            StepRefusal.RoleNotAllowed, Role.SocialWorker, Role.SocialCounsellor);
    }

    [Fact]
    public void Without_the_special_support_rule_a_counsellor_decides_for_any_client() =>
        AssertAllowed(Check(Alone with { SpecialSupportNeedsSocialWorker = false }, DecisionStatus.Proposed, DecisionStep.Sign, Role.SocialCounsellor,
            specialSupport: true));

    [Fact]
    public void A_chain_whose_signers_are_no_social_workers_leaves_special_support_to_one() =>
        Assert.Equal([Role.SocialWorker, Role.LeadingSocialWorker],
            DecisionWorkflow.SpecialSupportDeciders(Alone with { Signers = [Role.SocialDirector] }));

    [Fact]
    public void Only_a_steering_group_member_reviews_in_the_group()
    {
        AssertAllowed(Check(WithGroup, DecisionStatus.SteeringGroup, DecisionStep.SteeringGroupReview, Role.SteeringGroupMember));
        AssertRefused(Check(WithGroup, DecisionStatus.SteeringGroup, DecisionStep.SteeringGroupReview, Role.LeadingSocialWorker),
            StepRefusal.RoleNotAllowed, Role.SteeringGroupMember);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_annulment_says_why(string reason) =>
        AssertRefused(DecisionWorkflow.CheckAnnulment(Alone, DecisionStatus.Signed, [Role.SocialWorker], false, reason), StepRefusal.ReasonRequired);

    [Fact]
    public void An_annulment_with_a_reason_is_checked_like_any_step()
    {
        AssertAllowed(DecisionWorkflow.CheckAnnulment(Alone, DecisionStatus.Delivered, [Role.SocialWorker], false, "Wrong service period."));
        AssertRefused(DecisionWorkflow.CheckAnnulment(Alone, DecisionStatus.Draft, [Role.SocialWorker], false, "Wrong service period."),
            StepRefusal.WrongState);
        AssertRefused(DecisionWorkflow.CheckAnnulment(WithGroup, DecisionStatus.Signed, [Role.SocialCounsellor], false, ""),
            StepRefusal.RoleNotAllowed, Role.LeadingSocialWorker);
    }

    [Fact]
    public void Who_may_prepare_follows_the_chain()
    {
        Assert.True(DecisionWorkflow.MayPrepare(WithGroup, [Role.SocialCounsellor]));
        Assert.False(DecisionWorkflow.MayPrepare(WithGroup, [Role.LeadingSocialWorker, Role.SteeringGroupMember]));
    }

    [Fact]
    public void A_request_for_rectification_is_handled_by_whom_the_chain_lets_decide()
    {
        AssertAllowed(DecisionWorkflow.CheckRequestHandling(WithGroup, [Role.LeadingSocialWorker], false));
        AssertRefused(DecisionWorkflow.CheckRequestHandling(WithGroup, [Role.SocialCounsellor], false), StepRefusal.RoleNotAllowed, Role.LeadingSocialWorker);
        AssertAllowed(DecisionWorkflow.CheckRequestHandling(Alone, [Role.SocialCounsellor], false));
        AssertRefused(DecisionWorkflow.CheckRequestHandling(Alone, [Role.SocialCounsellor], true), StepRefusal.SpecialSupportNeedsSocialWorker, Role.SocialWorker);
        AssertRefused(DecisionWorkflow.CheckRequestHandling(RegionalChains.For(RegionalChains.PhhykyCode, RegionalChains.SysmaCode), [Role.SocialWorker], false),
            StepRefusal.RoleNotAllowed, Role.SocialDirector);
    }
}
