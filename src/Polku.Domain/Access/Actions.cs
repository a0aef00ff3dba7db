using System.Reflection;

namespace Polku.Domain.Access;

/// <summary>
/// Every page and endpoint names one of these. An action is a verb on a kind of data;
/// who may do it is decided by <see cref="RolePermissions"/> and, for client data, the user's relation to the client.
/// </summary>
public static class Actions
{
    public const string HomeRead = "Home.Read";
    public const string ProfileRead = "Profile.Read";
    public const string OrganisationRead = "Organisation.Read";
    public const string EmployeeList = "Employee.List";
    public const string EmployeeRead = "Employee.Read";
    public const string EmployeeUpdate = "Employee.Update";
    public const string AuditRead = "Audit.Read";
    public const string AccessibilityFeedbackRead = "AccessibilityFeedback.Read";
    public const string CodeListRead = "CodeList.Read";
    public const string ClientCreate = "Client.Create";
    public const string ClientSearch = "Client.Search";
    public const string ClientRead = "Client.Read";

    /// <summary>Change a client's basic data, such as the non-disclosure order (turvakielto).</summary>
    public const string ClientUpdate = "Client.Update";

    public const string ResponsibleWorkerAssign = "ResponsibleWorker.Assign";
    public const string ReferralCreate = "Referral.Create";
    public const string ReferralList = "Referral.List";
    public const string ReferralRead = "Referral.Read";
    public const string ReferralAssign = "Referral.Assign";
    public const string AssessmentRead = "Assessment.Read";
    public const string AssessmentWrite = "Assessment.Write";
    public const string AssessmentComplete = "Assessment.Complete";
    public const string PlanRead = "Plan.Read";
    public const string PlanWrite = "Plan.Write";
    public const string PlanReview = "Plan.Review";
    public const string RecordEntryCreate = "RecordEntry.Create";
    public const string ClientAccessWithReason = "Client.AccessWithReason";
    public const string AccessReasonReview = "AccessReason.Review";
    public const string ConfigurationManage = "Configuration.Manage";
    public const string InstrumentRead = "Instrument.Read";
    public const string MeasurementRead = "Measurement.Read";
    public const string MeasurementWrite = "Measurement.Write";
    public const string DecisionTypeRead = "DecisionType.Read";
    public const string DecisionRead = "Decision.Read";

    /// <summary>Prepare a decision: write the draft, submit it, order its delivery, record a request for rectification.</summary>
    public const string DecisionWrite = "Decision.Write";

    /// <summary>Deal with a decision in the client steering group.</summary>
    public const string DecisionGroupReview = "Decision.GroupReview";

    /// <summary>Decide: sign, annul, handle a request for rectification. The decision's chain says who further.</summary>
    public const string DecisionSign = "Decision.Sign";

    /// <summary>Read the service catalogue, the providers and the waiting-list figures.</summary>
    public const string ServiceRead = "Service.Read";

    /// <summary>Keep the catalogue: providers, services, the organisation's service settings.</summary>
    public const string ServiceManage = "Service.Manage";

    /// <summary>See what is arranged for a client: referrals to providers, commitments, queue places, packages, the path.</summary>
    public const string ClientServiceRead = "ClientService.Read";

    /// <summary>Arrange a client's services: refer to a provider, give a commitment, queue, package, guide, join a group.</summary>
    public const string ClientServiceArrange = "ClientService.Arrange";

    /// <summary>Answer a referral as its provider: accept or decline, start and end the service.</summary>
    public const string ClientServiceRespond = "ClientService.Respond";

    /// <summary>See groups, their sessions and members.</summary>
    public const string GroupRead = "Group.Read";

    /// <summary>Found a group and plan its sessions.</summary>
    public const string GroupManage = "Group.Manage";

    /// <summary>Mark who attended a session: the group's workers and its provider's staff.</summary>
    public const string AttendanceMark = "Attendance.Mark";

    /// <summary>The monthly allowance list of a group, for payment.</summary>
    public const string AllowanceRead = "Allowance.Read";

    /// <summary>Every action, read once from the constants above.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(Actions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();
}
