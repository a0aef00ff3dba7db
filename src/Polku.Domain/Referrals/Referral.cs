using Polku.Domain.Calendar;
using Polku.Domain.Common;

namespace Polku.Domain.Referrals;

public enum ReferralStatus
{
    Open,
    AssessmentStarted,
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

    public bool ConsentGiven { get; init; }

    public bool Urgent { get; init; }

    /// <summary>The person belongs to a § 36 special group (over 75, highest care allowance, child in need of special support).</summary>
    public bool SpecialGroup { get; init; }

    public DateOnly AssessmentStartDueOn { get; init; }

    public ReferralStatus Status { get; private set; }

    public Guid? AssessmentId { get; private set; }

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
