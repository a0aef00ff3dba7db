using Polku.Domain.Decisions;
using Polku.Domain.People;

namespace Polku.Domain.Tests.Decisions;

public sealed class DecisionTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Guid Worker = Guid.NewGuid();
    private static readonly Guid Colleague = Guid.NewGuid();
    private static readonly HashSet<string> Bases = ["1301/2014:17"];

    private static DecisionContent Complete() => new()
    {
        TypeCode = "social-rehabilitation", Outcome = DecisionOutcome.Granted, StartsOn = Today, EndsOn = Today.AddMonths(6),
        LegalBases = ["1301/2014:17"], Reasons = "Asiakkaalla on tarve sosiaaliseen kuntoutukseen.", Decided = "Myönnetään työpajatoiminta.",
        MoreInformation = "Sanna Virtanen, puh. 040 123 4567",
    };

    private static Decision Draft(DecisionChain chain) => Decision.Draft(Guid.NewGuid(), Guid.NewGuid(), ChainVersion.Of(chain), Worker, Today, Complete());

    [Fact]
    public void A_vaasa_counsellor_is_refused_for_a_special_support_client_and_told_a_social_worker_decides()
    {
        var decision = Draft(RegionalChains.Vaasa);
        var refused = Assert.IsType<StepOutcome.Refused>(decision.Take(DecisionStep.Sign, Worker, [Role.SocialCounsellor], clientNeedsSpecialSupport: true, Today));
        Assert.Equal(StepRefusal.SpecialSupportNeedsSocialWorker, refused.Reason);
        Assert.Contains(Role.SocialWorker, refused.WhoCan);
        Assert.Equal(DecisionStatus.Draft, decision.Status);

        Assert.True(decision.Take(DecisionStep.Sign, Worker, [Role.SocialWorker], clientNeedsSpecialSupport: true, Today).IsAllowed);
        Assert.Equal(DecisionStatus.Signed, decision.Status);
        Assert.Equal(Worker, decision.SignerId);
        Assert.Equal(Today, decision.DecidedOn);
    }

    [Fact]
    public void A_vantaa_decision_goes_through_the_steering_group_to_the_leads_signature()
    {
        var decision = Draft(RegionalChains.Vantaa);
        Assert.True(decision.Take(DecisionStep.Submit, Worker, [Role.SocialCounsellor], false, Today).IsAllowed);
        Assert.Equal(DecisionStatus.SteeringGroup, decision.Status);
        Assert.False(decision.Take(DecisionStep.Sign, Colleague, [Role.LeadingSocialWorker], false, Today).IsAllowed);
        Assert.True(decision.Take(DecisionStep.SteeringGroupReview, Colleague, [Role.SteeringGroupMember], false, Today).IsAllowed);
        Assert.Equal(DecisionStatus.Proposed, decision.Status);
        Assert.True(decision.Take(DecisionStep.Sign, Colleague, [Role.LeadingSocialWorker], false, Today).IsAllowed);
        Assert.Equal(DecisionStatus.Signed, decision.Status);
    }

    [Fact]
    public void A_decision_is_delivered_once_through_its_dispatch_not_as_a_step()
    {
        var decision = Draft(RegionalChains.Vaasa);
        decision.Take(DecisionStep.Sign, Worker, [Role.SocialWorker], false, Today);
        Assert.Throws<InvalidOperationException>(() => decision.Take(DecisionStep.Deliver, Worker, [Role.SocialWorker], false, Today));
        Assert.Equal(DecisionStatus.Signed, decision.Status);

        decision.Delivered(AppealDates.For(DeliveryMethod.Letter, Today), Worker);
        Assert.Equal(DecisionStatus.Delivered, decision.Status);
        Assert.Equal(Today.AddDays(7), decision.Appeal!.DeemedReceivedOn);
        Assert.Throws<InvalidOperationException>(() => decision.Delivered(AppealDates.For(DeliveryMethod.InPerson, Today), Worker));
    }

    [Fact]
    public void A_signed_decision_never_changes_and_an_annulment_says_why()
    {
        var decision = Draft(RegionalChains.Vaasa);
        decision.Take(DecisionStep.Sign, Worker, [Role.SocialWorker], false, Today);
        Assert.False(decision.IsEditable);
        Assert.Throws<InvalidOperationException>(() => decision.Edit(Complete() with { Decided = "Muutettu." }));

        var noReason = Assert.IsType<StepOutcome.Refused>(decision.Take(DecisionStep.Annul, Worker, [Role.SocialWorker], false, Today, "  "));
        Assert.Equal(StepRefusal.ReasonRequired, noReason.Reason);
        Assert.True(decision.Take(DecisionStep.Annul, Worker, [Role.SocialWorker], false, Today, "Väärä jakso; korjattu päätös tehty.").IsAllowed);
        Assert.Equal(DecisionStatus.Annulled, decision.Status);
        Assert.Equal("Väärä jakso; korjattu päätös tehty.", decision.AnnulmentReason);
    }

    [Fact]
    public void A_decision_keeps_the_chain_it_was_made_under()
    {
        var decision = Draft(RegionalChains.Vaasa);
        // Vaasa later lets only social workers sign; this decision was started under the earlier chain.
        var stricter = RegionalChains.Vaasa with { Signers = [Role.SocialWorker], Version = 2 };
        Assert.Equal(2, ChainVersion.Of(stricter).Number);
        Assert.Equal(1, decision.Chain.Number);
        Assert.True(decision.Take(DecisionStep.Sign, Worker, [Role.SocialCounsellor], false, Today).IsAllowed);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(0, false)]
    public void A_service_started_before_the_decision_is_flagged(int daysBefore, bool flagged)
    {
        var decision = Decision.Draft(Guid.NewGuid(), Guid.NewGuid(), ChainVersion.Of(RegionalChains.Vaasa), Worker, Today,
            Complete() with { ServiceStartedOn = Today.AddDays(-daysBefore) });
        decision.Take(DecisionStep.Sign, Worker, [Role.SocialWorker], false, Today);
        Assert.Equal(flagged, decision.GivenBeforeDecision(Today.AddDays(30)));
    }

    [Fact]
    public void Signing_needs_what_the_administrative_procedure_act_asks()
    {
        Assert.Empty(DecisionRules.CheckForSigning(Complete(), Bases, mayBeWithoutTerm: false));
        var fields = DecisionRules.CheckForSigning(new DecisionContent(), Bases, mayBeWithoutTerm: false).Select(p => p.Field).ToList();
        Assert.Equal(["outcome", "legalBases", "reasons", "decided", "moreInformation", "startsOn", "endsOn"], fields);
    }

    [Fact]
    public void A_term_is_required_unless_the_type_may_be_granted_until_further_notice_and_a_denial_has_none()
    {
        var open = Complete() with { EndsOn = null };
        Assert.Contains(new DecisionProblem("endsOn", DecisionProblemKind.TermRequired), DecisionRules.CheckForSigning(open, Bases, mayBeWithoutTerm: false));
        Assert.Empty(DecisionRules.CheckForSigning(open, Bases, mayBeWithoutTerm: true));
        Assert.Empty(DecisionRules.CheckForSigning(open with { Outcome = DecisionOutcome.Denied, StartsOn = null }, Bases, mayBeWithoutTerm: false));
    }

    [Fact]
    public void A_term_ending_before_it_starts_a_provision_the_type_does_not_rest_on_and_an_unknown_language_are_refused_even_in_a_draft()
    {
        var bad = Complete() with { EndsOn = Today.AddDays(-1), LegalBases = ["1301/2014:17", "1412/1997:13"], Language = "en" };
        Assert.Equal(
            [new("endsOn", DecisionProblemKind.EndBeforeStart), new("legalBases[1]", DecisionProblemKind.LegalBasisNotValid), new DecisionProblem("language", DecisionProblemKind.UnknownLanguage)],
            DecisionRules.CheckDraft(bad, Bases));
    }
}
