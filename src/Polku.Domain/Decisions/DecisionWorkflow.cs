using Polku.Domain.People;

namespace Polku.Domain.Decisions;

/// <summary>
/// Who may move a decision on, and where it then stands, by the decision's chain. Pure: the decision calls
/// <see cref="Check"/> before it takes a step and <see cref="Next"/> for its new status; pages call <see cref="Check"/>
/// to show or explain a button.
/// </summary>
public static class DecisionWorkflow
{
    /// <summary>
    /// Roles held only by a social worker in public office, for SHL § 46: a leading social worker's office, too,
    /// requires a social worker's qualification.
    /// </summary>
    public static IReadOnlyList<Role> SocialWorkerOffices { get; } = [Role.SocialWorker, Role.LeadingSocialWorker];

    public static bool MayPrepare(DecisionChain chain, IEnumerable<Role> userRoles) => chain.Preparers.Intersect(userRoles).Any();

    public static StepOutcome Check(
        DecisionChain chain, DecisionStatus status, DecisionStep step, IEnumerable<Role> userRoles, bool isPreparer, bool clientNeedsSpecialSupport)
    {
        var roles = userRoles.ToHashSet();
        if (Next(chain, status, step) is null
            || (step == DecisionStep.Sign && status == DecisionStatus.Draft && !isPreparer))
        {
            // A draft someone else prepared is submitted before it is signed.
            return Refuse(StepRefusal.WrongState, []);
        }

        var permitted = Permitted(chain, step);
        var whoCan = WhoCan(chain, permitted, Decides(step), clientNeedsSpecialSupport);
        if (!roles.Overlaps(whoCan))
        {
            return RoleRefusal(roles, permitted, whoCan);
        }

        return step == DecisionStep.Sign && isPreparer && !chain.PreparerMayDecide
            ? Refuse(StepRefusal.PreparerMayNotSign, whoCan)
            : new StepOutcome.Allowed();
    }

    /// <summary>
    /// Who decides on a request for rectification (HL § 49 d): the authority that made the decision, so a role the
    /// decision's chain lets sign, and for a client in need of special support a social worker (SHL § 46). Whatever the
    /// decision's status: a request is recorded as handled also after the decision was annulled to rectify it.
    /// </summary>
    public static StepOutcome CheckRequestHandling(DecisionChain chain, IEnumerable<Role> userRoles, bool clientNeedsSpecialSupport)
    {
        var roles = userRoles.ToHashSet();
        var permitted = Ordered(chain.Signers);
        var whoCan = WhoCan(chain, permitted, decides: true, clientNeedsSpecialSupport);
        return roles.Overlaps(whoCan) ? new StepOutcome.Allowed() : RoleRefusal(roles, permitted, whoCan);
    }

    /// <summary>As <see cref="Check"/> for <see cref="DecisionStep.Annul"/>, and the annulment must say why.</summary>
    public static StepOutcome CheckAnnulment(
        DecisionChain chain, DecisionStatus status, IEnumerable<Role> userRoles, bool clientNeedsSpecialSupport, string reason)
    {
        var outcome = Check(chain, status, DecisionStep.Annul, userRoles, isPreparer: false, clientNeedsSpecialSupport);
        return outcome.IsAllowed && string.IsNullOrWhiteSpace(reason) ? Refuse(StepRefusal.ReasonRequired, []) : outcome;
    }

    /// <summary>The status after the step, or null when the step does not start from <paramref name="status"/> in this chain.</summary>
    public static DecisionStatus? Next(DecisionChain chain, DecisionStatus status, DecisionStep step) => (status, step) switch
    {
        (DecisionStatus.Draft, DecisionStep.Submit) => chain.SteeringGroupReviews ? DecisionStatus.SteeringGroup : DecisionStatus.Proposed,
        (DecisionStatus.SteeringGroup, DecisionStep.SteeringGroupReview) => DecisionStatus.Proposed,
        (DecisionStatus.Draft, DecisionStep.Sign) when chain.PreparerMayDecide && !chain.SteeringGroupReviews => DecisionStatus.Signed,
        (DecisionStatus.Proposed, DecisionStep.Sign) => DecisionStatus.Signed,
        (DecisionStatus.Signed, DecisionStep.Deliver) => DecisionStatus.Delivered,
        (DecisionStatus.Signed or DecisionStatus.Delivered, DecisionStep.Annul) => DecisionStatus.Annulled,
        _ => null,
    };

    /// <summary>
    /// Who decides for a client in need of special support: the chain's signers who are social workers; when it names
    /// none (Sysmä's social director), § 46 still does, so a social worker in public office signs.
    /// </summary>
    public static IReadOnlyList<Role> SpecialSupportDeciders(DecisionChain chain)
    {
        var deciders = chain.Signers.Intersect(SocialWorkerOffices).ToList();
        return Ordered(deciders.Count > 0 ? deciders : SocialWorkerOffices);
    }

    private static IReadOnlyList<Role> WhoCan(DecisionChain chain, IReadOnlyList<Role> permitted, bool decides, bool clientNeedsSpecialSupport) =>
        decides && chain.SpecialSupportNeedsSocialWorker && clientNeedsSpecialSupport ? SpecialSupportDeciders(chain) : permitted;

    /// <summary>A role the chain lets take the step, but not for this client (§ 46), or no such role at all.</summary>
    private static StepOutcome.Refused RoleRefusal(HashSet<Role> roles, IReadOnlyList<Role> permitted, IReadOnlyList<Role> whoCan) =>
        Refuse(roles.Overlaps(permitted) ? StepRefusal.SpecialSupportNeedsSocialWorker : StepRefusal.RoleNotAllowed, whoCan);

    /// <summary>Signing and annulling are the authority's decisions; submitting, reviewing and delivering are not.</summary>
    private static bool Decides(DecisionStep step) => step is DecisionStep.Sign or DecisionStep.Annul;

    private static List<Role> Permitted(DecisionChain chain, DecisionStep step) => Ordered(step switch
    {
        DecisionStep.Submit => chain.Preparers,
        DecisionStep.SteeringGroupReview => [Role.SteeringGroupMember],
        DecisionStep.Sign or DecisionStep.Annul => chain.Signers,
        DecisionStep.Deliver => chain.Preparers.Concat(chain.Signers),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    });

    private static List<Role> Ordered(IEnumerable<Role> roles) => roles.Distinct().Order().ToList();

    private static StepOutcome.Refused Refuse(StepRefusal reason, IReadOnlyList<Role> whoCan) => new(reason, whoCan);
}
