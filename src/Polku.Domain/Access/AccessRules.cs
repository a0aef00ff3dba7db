using System.Collections.Frozen;
using Polku.Domain.People;

namespace Polku.Domain.Access;

/// <summary>
/// Which relation to a client lets a role take an action on that client's data. An action on client data is
/// allowed when one of the user's roles permits the action (<see cref="RolePermissions"/>) and the user stands
/// to the client in one of the relations listed for that role here. Pure: the web layer turns each relation
/// into one database rule, so the same rules check one record and filter a list.
/// </summary>
public static class AccessRules
{
    /// <summary>Actions whose target is a client's data, checked per record.</summary>
    public static FrozenSet<string> ClientActions { get; } = new[]
    {
        Actions.ClientRead, Actions.ClientSearch, Actions.ClientUpdate, Actions.ResponsibleWorkerAssign, Actions.ReferralCreate, Actions.ReferralList,
        Actions.AssessmentRead, Actions.AssessmentWrite, Actions.AssessmentComplete, Actions.RecordEntryCreate, Actions.ReferralAssign, Actions.ReferralRead,
        Actions.PlanRead, Actions.PlanWrite, Actions.PlanReview, Actions.MeasurementRead, Actions.MeasurementWrite,
        Actions.DecisionRead, Actions.DecisionWrite, Actions.DecisionGroupReview, Actions.DecisionSign,
        Actions.ClientServiceRead, Actions.ClientServiceArrange, Actions.ClientServiceRespond,
    }.ToFrozenSet();

    private static readonly Relation[] Worker = [Relation.ResponsibleWorker, Relation.ServiceTask, Relation.Team, Relation.ReferralHandler, Relation.StatedReason];

    private static readonly Relation[] Lead = [Relation.ResponsibleWorker, Relation.ServiceTask, Relation.UnitLead, Relation.StatedReason];

    private static readonly FrozenDictionary<Role, FrozenSet<Relation>> ByRole = new Dictionary<Role, Relation[]>
    {
        [Role.SocialWorker] = Worker,
        [Role.SocialCounsellor] = Worker,
        [Role.LeadingSocialWorker] = Lead,
        [Role.SocialDirector] = Lead,
        [Role.Registrar] = [Relation.Organisation],
        [Role.Administrator] = [],
        [Role.ProviderStaff] = [Relation.ProviderReferral],
        [Role.SteeringGroupMember] = [Relation.SteeringGroupAgenda],
    }.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet());

    /// <summary>The relations that would let a user with these roles take the action on a client.</summary>
    public static IReadOnlySet<Relation> RelationsFor(IEnumerable<Role> roles, string action) =>
        roles.Where(role => RolePermissions.Allows([role], action))
            .SelectMany(role => ByRole.TryGetValue(role, out var relations) ? relations : [])
            .ToHashSet();

    public static bool Allows(IEnumerable<Role> roles, string action, IReadOnlySet<Relation> relations) =>
        RelationsFor(roles, action).Overlaps(relations);

    /// <summary>The client actions the user may take on a client they stand to in these relations.</summary>
    public static IReadOnlyList<string> PermittedActions(IReadOnlyList<Role> roles, IReadOnlySet<Relation> relations) =>
        ClientActions.Where(action => Allows(roles, action, relations)).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Whether stating a reason would open the client: the user has a role that may take the action on a stated reason.
    /// </summary>
    public static bool MayStateReason(IEnumerable<Role> roles, string action) =>
        RelationsFor(roles, action).Contains(Relation.StatedReason);
}
