using Polku.Data;
using Polku.Domain.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Infrastructure.Audit;

/// <summary>
/// Records who processed whose data. <see cref="Stage"/> adds the event to the caller's unit of work so a
/// write and its event commit or roll back together; <see cref="RecordReadAsync"/> saves a read at once.
/// </summary>
public sealed class AuditLog(PolkuDbContext db, TimeProvider time, IHttpContextAccessor http)
{
    public void Stage(string action, IEnumerable<Guid> subjects, AuditOutcome outcome = AuditOutcome.Success)
    {
        var context = http.HttpContext;
        var user = context?.User.ToCurrentUser();
        var auditEvent = new AuditEvent
        {
            OccurredAt = time.GetUtcNow(),
            UserId = user?.Id,
            OrganisationId = user?.OrganisationId,
            Action = action,
            ServiceTaskCode = user?.ServiceTasks is [var task, ..] ? task : null,
            Outcome = outcome,
            RequestId = context?.TraceIdentifier,
        };
        auditEvent.Subjects.AddRange(subjects.Distinct().Select(id => new AuditSubject { AuditEventId = auditEvent.Id, PersonId = id }));
        db.AuditEvents.Add(auditEvent);
    }

    public void Stage(string action, Guid subject, AuditOutcome outcome = AuditOutcome.Success) =>
        Stage(action, [subject], outcome);

    public async Task RecordReadAsync(string action, IEnumerable<Guid> subjects, CancellationToken cancellationToken = default)
    {
        Stage(action, subjects);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task RecordReadAsync(string action, Guid subject, CancellationToken cancellationToken = default) =>
        RecordReadAsync(action, [subject], cancellationToken);
}
