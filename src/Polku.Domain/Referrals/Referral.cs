using Polku.Domain.Calendar;
using Polku.Domain.Common;

namespace Polku.Domain.Referrals;

public enum ReferralStatus
{
    Open,
    AssessmentStarted,
    Closed,
}

public enum HandlerRefusal
{
    None,

    /// <summary>Someone else already took the referral; only a lead hands it on.</summary>
    AlreadyTaken,

    /// <summary>The matter is handled: the assessment started from it is completed.</summary>
    Closed,
}

/// <summary>
/// A referral or contact (ilmoitus, yhteydenotto; SHL § 35). It makes the matter pending: the assessment
/// must start by a deadline counted in Finnish working days (SHL § 36).
/// </summary>
public sealed class Referral : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid ClientId { get; init; }

    /// <summary>Code from the referral-sources code list.</summary>
    public required string SourceCode { get; init; }

    public DateOnly ReceivedOn { get; init; }

    public required string Description { get; init; }

    /// <summary>Who made the notification (SHL § 35): their name, organisation and how to reach them.</summary>
    public string NotifierName { get; init; } = "";

    public string NotifierOrganisation { get; init; } = "";

    public string NotifierContact { get; init; } = "";

    /// <summary>Whether the client knows of the notification; null when not known.</summary>
    public bool? ClientInformed { get; init; }

    public bool ConsentGiven { get; init; }

    public bool Urgent { get; init; }

    /// <summary>The person belongs to a § 36 special group (over 75, highest care allowance, child in need of special support).</summary>
    public bool SpecialGroup { get; init; }

    public DateOnly AssessmentStartDueOn { get; init; }

    public ReferralStatus Status { get; private set; }

    public Guid? AssessmentId { get; private set; }

    /// <summary>The worker handling the referral: picked up from the unassigned pile or assigned by a lead.</summary>
    public Guid? HandlerId { get; private set; }

    public Guid CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public int Version { get; set; }

    /// <summary>The service-need assessment starts from this referral; only an open referral can start one.</summary>
    public void StartAssessment(Guid assessmentId)
    {
        if (Status != ReferralStatus.Open)
        {
            throw new InvalidOperationException("Only an open referral starts an assessment.");
        }

        Status = ReferralStatus.AssessmentStarted;
        AssessmentId = assessmentId;
    }

    /// <summary>
    /// Gives the referral to a worker. A worker picks up an unassigned one (or keeps their own); a lead may hand any
    /// open referral on (<paramref name="mayReassign"/>).
    /// </summary>
    public HandlerRefusal AssignHandler(Guid employeeId, bool mayReassign)
    {
        if (Status == ReferralStatus.Closed)
        {
            return HandlerRefusal.Closed;
        }

        if (HandlerId is { } current && current != employeeId && !mayReassign)
        {
            return HandlerRefusal.AlreadyTaken;
        }

        HandlerId = employeeId;
        return HandlerRefusal.None;
    }

    /// <summary>The assessment started from this referral was completed: the matter is handled.</summary>
    public void Close() => Status = ReferralStatus.Closed;

    /// <summary>
    /// § 36: 7 working days for special groups; the organisation's own target otherwise ("without undue delay").
    /// The day of receipt is not counted.
    /// </summary>
    public static DateOnly AssessmentDeadline(DateOnly receivedOn, bool specialGroup, int organisationTargetWorkingDays) =>
        WorkingDays.Add(receivedOn, specialGroup ? StatutoryWorkingDays : organisationTargetWorkingDays);

    public const int StatutoryWorkingDays = 7;
}
