using Polku.Domain.Decisions;
using Polku.Domain.People;
using static Polku.Domain.Tests.Decisions.Outcomes;

namespace Polku.Domain.Tests.Decisions;

/// <summary>Each demo region's chain as seed 001 § 3 describes it, step by step and role by role.</summary>
public sealed class RegionalChainsTests
{
    private static readonly DecisionChain Vaasa = RegionalChains.For(RegionalChains.VaasaCode);
    private static readonly DecisionChain Vantaa = RegionalChains.For(RegionalChains.VantaaCode);
    private static readonly DecisionChain Phhyky = RegionalChains.For(RegionalChains.PhhykyCode);
    private static readonly DecisionChain Sysma = RegionalChains.For(RegionalChains.PhhykyCode, RegionalChains.SysmaCode);
    private static readonly DecisionChain Heinola = RegionalChains.For(RegionalChains.PhhykyCode, RegionalChains.HeinolaCode);

    [Theory]
    [InlineData(Role.SocialWorker)]
    [InlineData(Role.SocialCounsellor)]
    public void Nationally_a_worker_or_counsellor_decides_alone(Role role) =>
        AssertAllowed(Check(RegionalChains.National, DecisionStatus.Draft, DecisionStep.Sign, role, preparer: true));

    [Fact]
    public void Nationally_special_support_is_decided_by_a_social_worker() =>
        AssertRefused(Check(RegionalChains.National, DecisionStatus.Draft, DecisionStep.Sign, Role.SocialCounsellor, preparer: true, specialSupport: true),
            StepRefusal.SpecialSupportNeedsSocialWorker, Role.SocialWorker);

    [Fact]
    public void An_organisation_without_a_seeded_chain_works_by_the_national_default() =>
        Assert.Same(RegionalChains.National, RegionalChains.For("049"));

    [Theory]
    [InlineData(Role.SocialWorker)]
    [InlineData(Role.SocialCounsellor)]
    public void Vaasa_a_worker_or_counsellor_signs_their_own_draft(Role role)
    {
        AssertAllowed(Check(Vaasa, DecisionStatus.Draft, DecisionStep.Sign, role, preparer: true));
        Assert.Equal(DecisionStatus.Signed, DecisionWorkflow.Next(Vaasa, DecisionStatus.Draft, DecisionStep.Sign));
    }

    [Theory]
    [InlineData(DecisionStatus.Draft, true)]
    [InlineData(DecisionStatus.Proposed, false)]
    public void Vaasa_a_counsellor_does_not_decide_for_a_client_in_need_of_special_support(DecisionStatus status, bool preparer) =>
        AssertRefused(Check(Vaasa, status, DecisionStep.Sign, Role.SocialCounsellor, preparer, specialSupport: true),
            StepRefusal.SpecialSupportNeedsSocialWorker, Role.SocialWorker);

    [Fact]
    public void Vaasa_a_social_worker_signs_for_a_client_in_need_of_special_support()
    {
        AssertAllowed(Check(Vaasa, DecisionStatus.Draft, DecisionStep.Sign, Role.SocialWorker, preparer: true, specialSupport: true));
        AssertAllowed(Check(Vaasa, DecisionStatus.Proposed, DecisionStep.Sign, Role.SocialWorker, specialSupport: true));
    }

    [Fact]
    public void Vaasa_a_counsellor_prepares_for_a_client_in_need_of_special_support_and_submits_to_a_social_worker()
    {
        AssertAllowed(Check(Vaasa, DecisionStatus.Draft, DecisionStep.Submit, Role.SocialCounsellor, preparer: true, specialSupport: true));
        Assert.Equal(DecisionStatus.Proposed, DecisionWorkflow.Next(Vaasa, DecisionStatus.Draft, DecisionStep.Submit));
    }

    [Theory]
    [InlineData(Role.SocialWorker)]
    [InlineData(Role.SocialCounsellor)]
    public void Vantaa_a_worker_prepares_and_submits_to_the_steering_group(Role role)
    {
        Assert.True(DecisionWorkflow.MayPrepare(Vantaa, [role]));
        AssertAllowed(Check(Vantaa, DecisionStatus.Draft, DecisionStep.Submit, role, preparer: true));
        Assert.Equal(DecisionStatus.SteeringGroup, DecisionWorkflow.Next(Vantaa, DecisionStatus.Draft, DecisionStep.Submit));
    }

    [Fact]
    public void Vantaa_a_steering_group_member_reviews_and_the_decision_is_proposed()
    {
        AssertAllowed(Check(Vantaa, DecisionStatus.SteeringGroup, DecisionStep.SteeringGroupReview, Role.SteeringGroupMember));
        Assert.Equal(DecisionStatus.Proposed, DecisionWorkflow.Next(Vantaa, DecisionStatus.SteeringGroup, DecisionStep.SteeringGroupReview));
        AssertRefused(Check(Vantaa, DecisionStatus.SteeringGroup, DecisionStep.SteeringGroupReview, Role.SocialCounsellor, preparer: true),
            StepRefusal.RoleNotAllowed, Role.SteeringGroupMember);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Vantaa_the_leading_social_worker_signs(bool specialSupport) =>
        AssertAllowed(Check(Vantaa, DecisionStatus.Proposed, DecisionStep.Sign, Role.LeadingSocialWorker, specialSupport: specialSupport));

    [Theory]
    [InlineData(Role.SocialWorker)]
    [InlineData(Role.SocialCounsellor)]
    public void Vantaa_the_preparing_worker_is_refused_to_sign(Role role)
    {
        AssertRefused(Check(Vantaa, DecisionStatus.Proposed, DecisionStep.Sign, role, preparer: true), StepRefusal.RoleNotAllowed, Role.LeadingSocialWorker);
        AssertRefused(Check(Vantaa, DecisionStatus.Draft, DecisionStep.Sign, role, preparer: true), StepRefusal.WrongState);
    }

    [Theory]
    [InlineData(Role.SteeringGroupMember)]
    [InlineData(Role.SocialDirector)]
    public void Vantaa_no_one_but_the_lead_signs(Role role) =>
        AssertRefused(Check(Vantaa, DecisionStatus.Proposed, DecisionStep.Sign, role), StepRefusal.RoleNotAllowed, Role.LeadingSocialWorker);

    [Fact]
    public void Vantaa_the_lead_does_not_prepare() =>
        AssertRefused(Check(Vantaa, DecisionStatus.Draft, DecisionStep.Submit, Role.LeadingSocialWorker, preparer: true),
            StepRefusal.RoleNotAllowed, Role.SocialWorker, Role.SocialCounsellor);

    [Fact]
    public void Phhyky_a_social_worker_decides()
    {
        AssertAllowed(Check(Phhyky, DecisionStatus.Draft, DecisionStep.Sign, Role.SocialWorker, preparer: true));
        AssertRefused(Check(Phhyky, DecisionStatus.Draft, DecisionStep.Sign, Role.SocialCounsellor, preparer: true),
            StepRefusal.RoleNotAllowed, Role.SocialWorker);
        AssertAllowed(Check(Phhyky, DecisionStatus.Draft, DecisionStep.Submit, Role.SocialCounsellor, preparer: true));
        AssertAllowed(Check(Phhyky, DecisionStatus.Proposed, DecisionStep.Sign, Role.SocialWorker));
    }

    [Fact]
    public void Sysma_a_counsellor_prepares_and_submits_but_does_not_sign()
    {
        AssertAllowed(Check(Sysma, DecisionStatus.Draft, DecisionStep.Submit, Role.SocialCounsellor, preparer: true));
        Assert.Equal(DecisionStatus.Proposed, DecisionWorkflow.Next(Sysma, DecisionStatus.Draft, DecisionStep.Submit));
        AssertRefused(Check(Sysma, DecisionStatus.Proposed, DecisionStep.Sign, Role.SocialCounsellor, preparer: true),
            StepRefusal.RoleNotAllowed, Role.SocialDirector);
    }

    [Fact]
    public void Sysma_the_social_director_signs_and_a_social_worker_does_not()
    {
        AssertAllowed(Check(Sysma, DecisionStatus.Proposed, DecisionStep.Sign, Role.SocialDirector));
        AssertRefused(Check(Sysma, DecisionStatus.Proposed, DecisionStep.Sign, Role.SocialWorker), StepRefusal.RoleNotAllowed, Role.SocialDirector);
        AssertRefused(Check(Sysma, DecisionStatus.Draft, DecisionStep.Sign, Role.SocialWorker, preparer: true), StepRefusal.WrongState);
    }

    [Fact]
    public void Sysma_special_support_still_goes_to_a_social_worker()
    {
        AssertRefused(Check(Sysma, DecisionStatus.Proposed, DecisionStep.Sign, Role.SocialDirector, specialSupport: true),
            StepRefusal.SpecialSupportNeedsSocialWorker, Role.SocialWorker, Role.LeadingSocialWorker);
        AssertAllowed(Check(Sysma, DecisionStatus.Proposed, DecisionStep.Sign, Role.SocialWorker, specialSupport: true));
        AssertAllowed(DecisionWorkflow.Check(Sysma, DecisionStatus.Proposed, DecisionStep.Sign, [Role.SocialDirector, Role.SocialWorker], false, true));
    }

    [Theory]
    [InlineData(Role.SocialWorker)]
    [InlineData(Role.SocialCounsellor)]
    public void Heinola_a_worker_or_counsellor_decides(Role role) =>
        AssertAllowed(Check(Heinola, DecisionStatus.Draft, DecisionStep.Sign, role, preparer: true));

    [Fact]
    public void Heinola_keeps_the_special_support_rule_of_its_county() =>
        AssertRefused(Check(Heinola, DecisionStatus.Draft, DecisionStep.Sign, Role.SocialCounsellor, preparer: true, specialSupport: true),
            StepRefusal.SpecialSupportNeedsSocialWorker, Role.SocialWorker);

    [Theory]
    [InlineData(RegionalChains.VaasaCode, Role.SocialCounsellor)]
    [InlineData(RegionalChains.VantaaCode, Role.SocialCounsellor)]
    [InlineData(RegionalChains.VantaaCode, Role.LeadingSocialWorker)]
    [InlineData(RegionalChains.PhhykyCode, Role.SocialCounsellor)]
    public void A_preparer_or_signer_delivers_a_signed_decision(string organisation, Role role)
    {
        var chain = RegionalChains.For(organisation);
        AssertAllowed(Check(chain, DecisionStatus.Signed, DecisionStep.Deliver, role));
        AssertRefused(Check(chain, DecisionStatus.Delivered, DecisionStep.Deliver, role), StepRefusal.WrongState);
    }
}
