using Polku.Domain.Decisions;
using Polku.Domain.People;
using static Polku.Domain.Tests.Decisions.Outcomes;

namespace Polku.Domain.Tests.Decisions;

public sealed class DecisionChainsTests
{
    [Fact]
    public void An_area_without_an_override_works_by_its_organisations_chain()
    {
        Assert.Same(RegionalChains.Phhyky, DecisionChains.Effective(RegionalChains.Phhyky, null));
        Assert.Same(RegionalChains.Phhyky, RegionalChains.For(RegionalChains.PhhykyCode, "098"));
    }

    [Fact]
    public void An_area_overrides_what_it_names_and_inherits_the_rest()
    {
        var heinola = DecisionChains.Effective(RegionalChains.Phhyky, RegionalChains.PhhykyHeinola);
        Assert.Equal<Role>([Role.SocialWorker, Role.SocialCounsellor], heinola.Signers);
        Assert.Equal<Role>(RegionalChains.Phhyky.Preparers, heinola.Preparers);
        Assert.True(heinola.PreparerMayDecide);
        Assert.True(heinola.SpecialSupportNeedsSocialWorker);
        Assert.Equal<Role>([Role.SocialWorker], RegionalChains.Phhyky.Signers);
    }

    [Fact]
    public void A_change_to_the_organisations_chain_reaches_the_areas_where_they_inherit()
    {
        var county = RegionalChains.Phhyky with { SteeringGroupReviews = true, Version = 2 };
        var sysma = DecisionChains.Effective(county, RegionalChains.PhhykySysma);
        Assert.True(sysma.SteeringGroupReviews);
        Assert.Equal<Role>([Role.SocialDirector], sysma.Signers);
        Assert.Equal(2, sysma.Version);
        Assert.Equal(DecisionStatus.SteeringGroup, DecisionWorkflow.Next(sysma, DecisionStatus.Draft, DecisionStep.Submit));
    }

    [Fact]
    public void An_area_may_turn_a_setting_off_that_its_organisation_has_on()
    {
        var area = new DecisionChainOverride { SpecialSupportNeedsSocialWorker = false, PreparerMayDecide = false };
        var chain = DecisionChains.Effective(RegionalChains.Vaasa, area);
        Assert.False(chain.SpecialSupportNeedsSocialWorker);
        Assert.False(chain.PreparerMayDecide);
    }

    [Fact]
    public void A_decision_is_checked_by_the_chain_it_was_made_under_after_the_organisation_changes_its_chain()
    {
        var madeUnder = ChainVersion.Of(RegionalChains.Vaasa);
        var changed = RegionalChains.Vaasa with { Signers = [Role.SocialWorker], Version = 2 };

        AssertAllowed(Check(madeUnder.Chain, DecisionStatus.Proposed, DecisionStep.Sign, Role.SocialCounsellor));
        AssertRefused(Check(ChainVersion.Of(changed).Chain, DecisionStatus.Proposed, DecisionStep.Sign, Role.SocialCounsellor),
            StepRefusal.RoleNotAllowed, Role.SocialWorker);
        Assert.Equal(1, madeUnder.Number);
        Assert.Equal<Role>([Role.SocialWorker, Role.SocialCounsellor], madeUnder.Chain.Signers);
    }

    [Fact]
    public void An_area_decision_keeps_both_versions_and_the_chain_as_it_then_was()
    {
        var madeUnder = ChainVersion.Of(RegionalChains.Phhyky, RegionalChains.PhhykySysma);
        Assert.Equal((1, 1), (madeUnder.Number, madeUnder.AreaNumber));
        Assert.Null(ChainVersion.Of(RegionalChains.Phhyky).AreaNumber);

        var county = RegionalChains.Phhyky with { SteeringGroupReviews = true, Version = 2 };
        Assert.Equal(DecisionStatus.Proposed, DecisionWorkflow.Next(madeUnder.Chain, DecisionStatus.Draft, DecisionStep.Submit));
        Assert.Equal(DecisionStatus.SteeringGroup,
            DecisionWorkflow.Next(ChainVersion.Of(county, RegionalChains.PhhykySysma).Chain, DecisionStatus.Draft, DecisionStep.Submit));
    }
}
