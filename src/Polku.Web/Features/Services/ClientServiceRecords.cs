using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Common;
using Polku.Domain.Services;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.Services;

/// <summary>A client's queue place with its service's name and who added it.</summary>
public sealed record QueuedRecord(QueueEntry Entry, LocalizedName Service, string? AddedBy);

/// <summary>A client's guidance with its service's name and who gave it.</summary>
public sealed record GuidedRecord(ServiceGuidance Guidance, LocalizedName Service, string? By);

/// <summary>
/// The client's queue places and guidance, newest first, each read once per request: the client page's section and its
/// timeline show the same rows.
/// </summary>
public sealed class ClientServiceRecords(PolkuDbContext db) : IClientPageRecords
{
    // Compiled: the page asks them on every view, and their shape never changes.
    private static readonly CompiledQuery<Func<PolkuDbContext, Guid, int, IAsyncEnumerable<QueuedRecord>>> NewestQueued = new(() => EF.CompileAsyncQuery(
        (PolkuDbContext db, Guid clientId, int limit) => (
                from q in db.QueueEntries.AsNoTracking()
                join s in db.Services on q.ServiceId equals s.Id
                where q.ClientId == clientId
                orderby q.JoinedOn descending, q.Id descending
                select new { q, s.Name, AddedBy = db.Employees.Where(e => e.Id == q.AddedById).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault() })
            .Take(limit).Select(r => new QueuedRecord(r.q, new LocalizedName(r.Name.Fi, r.Name.Sv, r.Name.En), r.AddedBy))));

    private static readonly CompiledQuery<Func<PolkuDbContext, Guid, int, IAsyncEnumerable<GuidedRecord>>> NewestGuided = new(() => EF.CompileAsyncQuery(
        (PolkuDbContext db, Guid clientId, int limit) => (
                from g in db.ServiceGuidance.AsNoTracking()
                join s in db.Services on g.ServiceId equals s.Id
                where g.ClientId == clientId
                orderby g.On descending, g.Id descending
                select new { g, s.Name, By = db.Employees.Where(e => e.Id == g.ById).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault() })
            .Take(limit).Select(r => new GuidedRecord(r.g, new LocalizedName(r.Name.Fi, r.Name.Sv, r.Name.En), r.By))));

    private readonly ReadOnce<(Guid Client, int Limit), IReadOnlyList<QueuedRecord>> queued = new();
    private readonly ReadOnce<(Guid Client, int Limit), IReadOnlyList<GuidedRecord>> guided = new();

    public Task<IReadOnlyList<QueuedRecord>> QueuedAsync(Guid clientId, int limit, CancellationToken cancellationToken) =>
        queued.GetAsync((clientId, limit), async () => await NewestQueued.For(db)(db, clientId, limit).ToListAsync(cancellationToken));

    public Task<IReadOnlyList<GuidedRecord>> GuidedAsync(Guid clientId, int limit, CancellationToken cancellationToken) =>
        guided.GetAsync((clientId, limit), async () => await NewestGuided.For(db)(db, clientId, limit).ToListAsync(cancellationToken));
}
