using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Assessments;
using Polku.Domain.ClientRecord;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.ClientRecord;

public sealed record EntryInput(EntryKind? Kind, DateOnly? OccurredOn, int? Minutes, string? Text);

public enum TimelineKind
{
    Entry,
    Referral,
    AssessmentStarted,
    AssessmentCompleted,
}

/// <summary>One line of the client's timeline; <see cref="Type"/> is the entry kind or the referral source code.</summary>
public sealed record TimelineItem(TimelineKind Kind, DateOnly Date, string Type, string Text, string? Author, int? Minutes, Guid Id, DateTimeOffset Recorded);

/// <summary>The client record (asiakaskertomus): entries, and referrals and assessments on the same timeline.</summary>
public sealed class ClientRecordHandlers(PolkuDbContext db, AuditLog audit, Clock clock, IStringLocalizer<Strings> l)
{
    public const int TextMaxLength = 8000;
    public const int TimelineLimit = 200;

    public async Task<Result<TimelineItem>> AddEntryAsync(CurrentUser user, Guid clientId, EntryInput input, CancellationToken cancellationToken)
    {
        if (!await db.VisibleClients(user).AnyAsync(c => c.Id == clientId, cancellationToken))
        {
            return Result<TimelineItem>.NotFound();
        }

        var validation = new Validation(l);
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            validation.Add("kind", "Validation.Required");
        }

        if (input.OccurredOn is null)
        {
            validation.Add("occurredOn", "Validation.Required");
        }

        validation.NotInFuture("occurredOn", input.OccurredOn, clock.Today);
        validation.Range("minutes", input.Minutes ?? 0, 0, 24 * 60);
        validation.RequiredText("text", input.Text, TextMaxLength);
        if (!validation.IsValid)
        {
            return Result<TimelineItem>.Invalid(validation.Errors);
        }

        var entry = new RecordEntry
        {
            OrganisationId = user.OrganisationId,
            ClientId = clientId,
            Kind = input.Kind!.Value,
            OccurredOn = input.OccurredOn!.Value,
            Minutes = input.Minutes ?? 0,
            Text = input.Text!.Trim(),
            AuthorId = user.Id,
            CreatedAt = clock.Now,
        };
        db.RecordEntries.Add(entry);
        audit.Stage(Actions.RecordEntryCreate, clientId);
        await db.SaveChangesAsync(cancellationToken);
        return Result<TimelineItem>.Created(new TimelineItem(TimelineKind.Entry, entry.OccurredOn, entry.Kind.ToString(), entry.Text, user.DisplayName, entry.Minutes, entry.Id, entry.CreatedAt));
    }

    /// <summary>
    /// The newest first, at most <see cref="TimelineLimit"/> lines. The read is audited unless the caller has
    /// already recorded this view of the client (the client page reads the details first).
    /// </summary>
    public async Task<IReadOnlyList<TimelineItem>?> TimelineAsync(CurrentUser user, Guid clientId, CancellationToken cancellationToken, bool recordRead = true)
    {
        if (!await db.VisibleClients(user).AnyAsync(c => c.Id == clientId, cancellationToken))
        {
            return null;
        }

        var authors = db.Employees.Select(e => new { e.Id, Name = e.FirstName + " " + e.LastName });
        var entries = await db.RecordEntries.AsNoTracking().Where(e => e.ClientId == clientId)
            .OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.CreatedAt).Take(TimelineLimit)
            .Select(e => new TimelineItem(TimelineKind.Entry, e.OccurredOn, e.Kind.ToString(), e.Text,
                authors.Where(a => a.Id == e.AuthorId).Select(a => a.Name).FirstOrDefault(), e.Minutes, e.Id, e.CreatedAt))
            .ToListAsync(cancellationToken);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.ClientId == clientId)
            .OrderByDescending(r => r.ReceivedOn).Take(TimelineLimit)
            .Select(r => new TimelineItem(TimelineKind.Referral, r.ReceivedOn, r.SourceCode, r.Description,
                authors.Where(a => a.Id == r.CreatedBy).Select(a => a.Name).FirstOrDefault(), null, r.Id, r.CreatedAt))
            .ToListAsync(cancellationToken);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.ClientId == clientId)
            .OrderByDescending(a => a.StartedOn).Take(TimelineLimit)
            .Select(a => new { a.Id, a.StartedOn, a.CompletedOn, a.Status, a.RehabilitationNeeded, a.ConclusionReasons, Author = authors.Where(x => x.Id == a.AuthorId).Select(x => x.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var assessmentItems = assessments.SelectMany(a => a.Status == AssessmentStatus.Completed
            ? new[]
            {
                new TimelineItem(TimelineKind.AssessmentStarted, a.StartedOn, "", "", a.Author, null, a.Id, default),
                new TimelineItem(TimelineKind.AssessmentCompleted, a.CompletedOn!.Value, a.RehabilitationNeeded == true ? "needed" : "not-needed", a.ConclusionReasons, a.Author, null, a.Id, default),
            }
            : [new TimelineItem(TimelineKind.AssessmentStarted, a.StartedOn, "", "", a.Author, null, a.Id, default)]);

        if (recordRead)
        {
            await audit.RecordReadAsync(Actions.ClientRead, clientId, cancellationToken);
        }

        return entries.Concat(referrals).Concat(assessmentItems)
            .OrderByDescending(i => i.Date)
            .ThenByDescending(i => i.Kind == TimelineKind.AssessmentCompleted) // on the same day, the completion is the newer line
            .ThenByDescending(i => i.Recorded)
            .Take(TimelineLimit)
            .ToList();
    }
}
