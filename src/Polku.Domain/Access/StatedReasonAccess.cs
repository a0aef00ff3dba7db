namespace Polku.Domain.Access;

/// <summary>Why a worker opened a record that the organisation's policy hides from them.</summary>
public enum AccessReason
{
    UrgentMatter,
    CoveringColleague,
    ClientContactedMe,
    Other,
}

/// <summary>
/// A worker stepped outside their usual access by stating a reason ("break the glass"). The access lasts a
/// working day; it is shown to the client's responsible worker and listed for the registrar's review.
/// </summary>
public sealed class StatedReasonAccess
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid ClientId { get; init; }

    public Guid EmployeeId { get; init; }

    public AccessReason Reason { get; init; }

    /// <summary>The worker's own words; required when the reason is <see cref="AccessReason.Other"/>.</summary>
    public string Explanation { get; init; } = "";

    public DateTimeOffset GrantedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public Guid? ReviewedBy { get; private set; }

    public static StatedReasonAccess Grant(Guid organisationId, Guid clientId, Guid employeeId, AccessReason reason, string explanation, DateTimeOffset now) => new()
    {
        OrganisationId = organisationId,
        ClientId = clientId,
        EmployeeId = employeeId,
        Reason = reason,
        Explanation = explanation.Trim(),
        GrantedAt = now,
        ExpiresAt = now + Lifetime,
    };

    /// <summary>The registrar has looked at this access; reviewing twice keeps the first review.</summary>
    public void MarkReviewed(Guid registrarId, DateTimeOffset at)
    {
        if (ReviewedAt is null)
        {
            ReviewedAt = at;
            ReviewedBy = registrarId;
        }
    }
}
