using System.Text.Json;
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

    public void Stage(string action, IEnumerable<Guid> subjects, AuditOutcome outcome = AuditOutcome.Success) =>
        db.AuditEvents.Add(NewEvent(action, subjects, outcome));

    public void Stage(string action, Guid subject, AuditOutcome outcome = AuditOutcome.Success) =>
        Stage(action, [subject], outcome);

    private AuditEvent NewEvent(string action, IEnumerable<Guid> subjects, AuditOutcome outcome)
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
        return auditEvent;
    }

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

        // Written apart from the unit of work: anything the request left unsaved (a refused or stale write) stays unsaved.
        var action = http.HttpContext?.GetEndpoint()?.Metadata.GetMetadata<RequiresActionAttribute>()?.Action ?? "Unknown";
        var auditEvent = NewEvent(action, shown, AuditOutcome.Success);
        shown.Clear();
        await (db.Database.IsNpgsql() ? InsertOnPostgresAsync(auditEvent) : InsertOnSqliteAsync(auditEvent));
    }

    /// <summary>
    /// A page view's event and its subjects (25 clients on a list, 200 on the register) as one statement, rather than
    /// one insert per subject: the read of every page pays for it.
    /// </summary>
    private Task<int> InsertOnPostgresAsync(AuditEvent e)
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

    /// <summary>
    /// On SQLite the event and one statement for its subjects in one transaction: EF Core sends SQLite one command per
    /// inserted row, and the file's single writer waited for every one. The time is stored as UTC ticks, as the model's
    /// converter stores it.
    /// </summary>
    private async Task InsertOnSqliteAsync(AuditEvent e)
    {
        var outcome = e.Outcome.ToString();
        var ticks = e.OccurredAt.UtcTicks;
        var subjects = JsonSerializer.Serialize(e.Subjects.Select(s => s.PersonId));
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "AuditEvents" ("Id", "OccurredAt", "UserId", "OrganisationId", "Action", "ServiceTaskCode", "Outcome", "RequestId")
            VALUES ({e.Id}, {ticks}, {e.UserId}, {e.OrganisationId}, {e.Action}, {e.ServiceTaskCode}, {outcome}, {e.RequestId});
            INSERT INTO "AuditSubjects" ("AuditEventId", "OccurredAt", "PersonId")
            SELECT {e.Id}, {ticks}, upper(subject.value) FROM json_each({subjects}) AS subject;
            """, CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    }
}
