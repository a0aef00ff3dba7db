using System.Collections.Frozen;
using Polku.Domain.People;

namespace Polku.Domain.Access;

/// <summary>The national default of which role may do which action.</summary>
public static class RolePermissions
{
    private static readonly string[] EveryEmployee = [Actions.HomeRead, Actions.ProfileRead, Actions.OrganisationRead, Actions.CodeListRead, Actions.InstrumentRead, Actions.DecisionTypeRead, Actions.ServiceRead];

    /// <summary>The client work of social workers and counsellors, from referral to assessment.</summary>
    private static readonly string[] ClientWork =
    [
        Actions.ClientCreate, Actions.ClientSearch, Actions.ClientRead, Actions.ClientUpdate, Actions.ResponsibleWorkerAssign,
        Actions.ReferralCreate, Actions.ReferralList, Actions.ReferralRead, Actions.ReferralAssign, Actions.AssessmentRead, Actions.AssessmentWrite,
        Actions.AssessmentComplete, Actions.PlanRead, Actions.PlanWrite, Actions.PlanReview, Actions.RecordEntryCreate, Actions.ClientAccessWithReason,
        Actions.MeasurementRead, Actions.MeasurementWrite, Actions.DecisionRead, Actions.DecisionWrite, Actions.DecisionSign,
        Actions.ClientServiceRead, Actions.ClientServiceArrange, Actions.ClientServiceRespond, Actions.GroupRead, Actions.GroupManage, Actions.AttendanceMark, Actions.AllowanceRead,
    ];

    /// <summary>Leads see their unit's clients and share the work out, but do not write the record.</summary>
    private static readonly string[] LeadClientWork =
        [Actions.ClientSearch, Actions.ClientRead, Actions.ReferralList, Actions.ReferralRead, Actions.ReferralAssign, Actions.AssessmentRead, Actions.PlanRead, Actions.ResponsibleWorkerAssign, Actions.ClientAccessWithReason, Actions.MeasurementRead,
            Actions.DecisionRead, Actions.DecisionSign, Actions.ClientServiceRead, Actions.GroupRead, Actions.AllowanceRead];

    private static readonly FrozenDictionary<Role, FrozenSet<string>> ByRole = new Dictionary<Role, string[]>
    {
        [Role.SocialWorker] = ClientWork,
        [Role.SocialCounsellor] = ClientWork,
        [Role.LeadingSocialWorker] = [Actions.EmployeeList, Actions.EmployeeRead, .. LeadClientWork],
        // The steering group sees what is on its agenda: the client, the assessment and plan, and the decision.
        [Role.SteeringGroupMember] = [Actions.ClientRead, Actions.AssessmentRead, Actions.PlanRead, Actions.DecisionRead, Actions.DecisionGroupReview],
        [Role.SocialDirector] = [Actions.EmployeeList, Actions.EmployeeRead, .. LeadClientWork],
        // A provider's staff see only what was sent to them: the referral, the commitment, their groups.
        [Role.ProviderStaff] = [Actions.ClientServiceRead, Actions.ClientServiceRespond, Actions.GroupRead, Actions.AttendanceMark],
        [Role.Administrator] = [Actions.EmployeeList, Actions.EmployeeRead, Actions.EmployeeUpdate, Actions.AccessibilityFeedbackRead, Actions.ConfigurationManage, Actions.ServiceManage],
        [Role.Registrar] = [Actions.EmployeeList, Actions.EmployeeRead, Actions.AuditRead, Actions.AccessReasonReview, Actions.ClientSearch],
    }.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Concat(EveryEmployee).ToFrozenSet());

    public static bool Allows(IEnumerable<Role> roles, string action) =>
        roles.Any(role => ByRole.TryGetValue(role, out var actions) && actions.Contains(action));

    public static IEnumerable<string> ActionsOf(Role role) => ByRole[role];
}
