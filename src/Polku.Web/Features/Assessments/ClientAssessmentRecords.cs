using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Assessments;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.Assessments;

/// <summary>A client's assessment as the client page lists it and its timeline tells it.</summary>
public sealed record ClientAssessmentRecord(
    Guid Id, DateOnly StartedOn, DateOnly? CompletedOn, AssessmentStatus Status, bool? RehabilitationNeeded, string ConclusionReasons, string? Author);

/// <summary>The client's assessments, newest first, read once per request: the client page's section and its timeline show the same rows.</summary>
public sealed class ClientAssessmentRecords(PolkuDbContext db) : IClientPageRecords
{
    // Compiled: the page asks it on every view, and its shape never changes.
    private static readonly CompiledQuery<Func<PolkuDbContext, Guid, int, IAsyncEnumerable<ClientAssessmentRecord>>> Newest = new(() => EF.CompileAsyncQuery(
        (PolkuDbContext db, Guid clientId, int limit) => db.Assessments.AsNoTracking().Where(a => a.ClientId == clientId)
            .OrderByDescending(a => a.StartedOn).ThenByDescending(a => a.Id).Take(limit)
            .Select(a => new ClientAssessmentRecord(a.Id, a.StartedOn, a.CompletedOn, a.Status, a.RehabilitationNeeded, a.ConclusionReasons,
                db.Employees.Where(e => e.Id == a.AuthorId).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault()))));

    private readonly ReadOnce<(Guid Client, int Limit), IReadOnlyList<ClientAssessmentRecord>> read = new();

    public Task<IReadOnlyList<ClientAssessmentRecord>> ForClientAsync(Guid clientId, int limit, CancellationToken cancellationToken) =>
        read.GetAsync((clientId, limit), async () => await Newest.For(db)(db, clientId, limit).ToListAsync(cancellationToken));
}
