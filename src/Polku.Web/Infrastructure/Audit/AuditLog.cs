using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Infrastructure.Audit;

/// <summary>
/// Records who processed whose data. <see cref="Stage"/> adds a write's event to the caller's unit of work, so the
/// write and its event commit or roll back together. <see cref="Read"/> notes the clients a request shows; one event
/// per request, under the page's or endpoint's declared action, lists them all and is saved before the response starts.
/// </summary>
public sealed class AuditLog(PolkuDbContext db, TimeProvider time, IHttpContextAccessor http)
{
    private readonly HashSet<Guid> shown = [];
    private bool flushPending;

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
        auditEvent.Subjects.AddRange(subjects.Distinct().Select(id => new AuditSubject { AuditEventId = auditEvent.Id, OccurredAt = auditEvent.OccurredAt, PersonId = id }));
        db.AuditEvents.Add(auditEvent);
    }

    public void Stage(string action, Guid subject, AuditOutcome outcome = AuditOutcome.Success) =>
        Stage(action, [subject], outcome);

    /// <summary>Notes that this request shows these clients' data.</summary>
    public void Read(IEnumerable<Guid> subjects)
    {
        shown.UnionWith(subjects);
        if (!flushPending && shown.Count > 0 && http.HttpContext is { } context)
        {
            flushPending = true;
            context.Response.OnStarting(SaveReadsAsync);
        }
    }

    public void Read(Guid subject) => Read([subject]);

    /// <summary>A refusal is saved at once: it has no write to travel with.</summary>
    public async Task RecordDeniedAsync(string action, Guid subject, CancellationToken cancellationToken)
    {
        Stage(action, subject, AuditOutcome.Denied);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SaveReadsAsync()
    {
        if (shown.Count == 0)
        {
            return;
        }

        // The request's work is done by now; anything it left unsaved (a refused or stale write) is not saved with the event.
        db.ChangeTracker.Clear();
        var action = http.HttpContext?.GetEndpoint()?.Metadata.GetMetadata<RequiresActionAttribute>()?.Action ?? "Unknown";
        Stage(action, shown);
        shown.Clear();
        if (db.Database.IsNpgsql())
        {
            await InsertAsOneStatementAsync(db.ChangeTracker.Entries<AuditEvent>().Single().Entity);
            db.ChangeTracker.Clear();
            return;
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>
    /// A page view's event and its subjects (25 clients on a list) as one statement on PostgreSQL, rather than one
    /// insert per subject: the read of every page pays for it.
    /// </summary>
    private Task<int> InsertAsOneStatementAsync(AuditEvent e)
    {
        var outcome = e.Outcome.ToString();
        var subjects = e.Subjects.Select(s => s.PersonId).ToArray();
        return db.Database.ExecuteSqlAsync($"""
            WITH audit_event AS (
                INSERT INTO "AuditEvents" ("Id", "OccurredAt", "UserId", "OrganisationId", "Action", "ServiceTaskCode", "Outcome", "RequestId")
                VALUES ({e.Id}, {e.OccurredAt}, {e.UserId}, {e.OrganisationId}, {e.Action}, {e.ServiceTaskCode}, {outcome}, {e.RequestId})
                RETURNING "Id", "OccurredAt")
            INSERT INTO "AuditSubjects" ("AuditEventId", "OccurredAt", "PersonId")
            SELECT audit_event."Id", audit_event."OccurredAt", subject FROM audit_event, unnest({subjects}) AS subject
            """, CancellationToken.None);
    }
}
