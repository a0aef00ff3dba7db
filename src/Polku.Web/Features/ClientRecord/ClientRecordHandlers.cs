using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.ClientRecord;
using Polku.Domain.Common;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.ClientRecord;

public sealed record EntryInput(EntryKind? Kind, DateOnly? OccurredOn, int? Minutes, string? Text);

/// <summary>The client record (asiakaskertomus): entries written by workers, which are also the record's timeline source.</summary>
public sealed class ClientRecordHandlers(PolkuDbContext db, ClientAccess access, AuditLog audit, Clock clock, IStringLocalizer<Strings> l) : ITimelineSource
{
    public async Task<Result<TimelineItem>> AddEntryAsync(CurrentUser user, Guid clientId, EntryInput input, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.RecordEntryCreate, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<TimelineItem>.Refused(check);
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
        validation.RequiredText("text", input.Text, TextLimits.LongText);
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
        return Result<TimelineItem>.Created(Item(entry.Id, entry.Kind, entry.OccurredOn, entry.CreatedAt, entry.Text, user.DisplayName, entry.Minutes));
    }

    public async Task<IReadOnlyList<TimelineItem>> ItemsAsync(Guid clientId, int limit, CancellationToken cancellationToken)
    {
        var rows = await NewestEntries.For(db)(db, clientId, limit).ToListAsync(cancellationToken);
        return rows.Select(r => Item(r.Id, r.Kind, r.OccurredOn, r.CreatedAt, r.Text, r.Author, r.Minutes)).ToList();
    }

    // Compiled: the client page and the timeline ask it on every view, and its shape never changes.
    private static readonly CompiledQuery<Func<PolkuDbContext, Guid, int, IAsyncEnumerable<EntryRow>>> NewestEntries = new(() => EF.CompileAsyncQuery(
        (PolkuDbContext db, Guid clientId, int limit) => db.RecordEntries.AsNoTracking().Where(e => e.ClientId == clientId)
            .OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.CreatedAt).Take(limit)
            .Select(e => new EntryRow(
                e.Id, e.Kind, e.OccurredOn, e.CreatedAt, e.Text, e.Minutes,
                db.Employees.Where(a => a.Id == e.AuthorId).Select(a => a.FirstName + " " + a.LastName).FirstOrDefault()))));

    private sealed record EntryRow(Guid Id, EntryKind Kind, DateOnly OccurredOn, DateTimeOffset CreatedAt, string Text, int Minutes, string? Author);

    private TimelineItem Item(Guid id, EntryKind kind, DateOnly on, DateTimeOffset at, string text, string? author, int minutes) =>
        new("Entry", kind.ToString(), l["EntryKind." + kind], on, at, text, author, minutes, id, null);
}
