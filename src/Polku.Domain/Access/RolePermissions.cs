using System.Collections.Frozen;
using Polku.Domain.People;

namespace Polku.Domain.Access;

/// <summary>The national default of which role may do which action.</summary>
public static class RolePermissions
{
    private static readonly string[] EveryEmployee = [Actions.HomeRead, Actions.ProfileRead, Actions.OrganisationRead];

    private static readonly FrozenDictionary<Role, FrozenSet<string>> ByRole = new Dictionary<Role, string[]>
    {
        [Role.SocialWorker] = [],
        [Role.SocialCounsellor] = [],
        [Role.LeadingSocialWorker] = [Actions.EmployeeList, Actions.EmployeeRead],
        [Role.SteeringGroupMember] = [],
        [Role.SocialDirector] = [Actions.EmployeeList, Actions.EmployeeRead],
        [Role.ProviderStaff] = [],
        [Role.Administrator] = [Actions.EmployeeList, Actions.EmployeeRead, Actions.EmployeeUpdate, Actions.AccessibilityFeedbackRead],
        [Role.Registrar] = [Actions.EmployeeList, Actions.EmployeeRead, Actions.AuditRead],
    }.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Concat(EveryEmployee).ToFrozenSet());

    public static bool Allows(IEnumerable<Role> roles, string action) =>
        roles.Any(role => ByRole.TryGetValue(role, out var actions) && actions.Contains(action));

    public static IEnumerable<string> ActionsOf(Role role) => ByRole[role];
}
