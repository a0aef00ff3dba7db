using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Decisions;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.Decisions;

/// <summary>A client's decision as the client page lists it and its timeline tells it.</summary>
public sealed record ClientDecisionRecord(
    Guid Id, Guid OrganisationId, string TypeCode, DecisionStatus Status, DecisionOutcome? Outcome, DateOnly StartedOn, DateOnly? DecidedOn, DateOnly? StartsOn,
    DateOnly? EndsOn, Guid PreparerId, IReadOnlyList<DecisionStepRecord> History);

/// <summary>
/// The client's decisions, newest first, read once per request: the client page's decision and commitment sections and
/// its timeline show the same rows.
/// </summary>
public sealed class ClientDecisionRecords(PolkuDbContext db) : IClientPageRecords
{
    // Compiled: the page asks it on every view, and its shape never changes.
    private static readonly CompiledQuery<Func<PolkuDbContext, Guid, int, IAsyncEnumerable<Row>>> Newest = new(() => EF.CompileAsyncQuery(
        (PolkuDbContext db, Guid clientId, int limit) => db.Decisions.AsNoTracking().Where(d => d.ClientId == clientId)
            .OrderByDescending(d => d.StartedOn).ThenByDescending(d => d.Id).Take(limit)
            .Select(d => new Row(d.Id, d.OrganisationId, d.TypeCode, d.Status, d.Content, d.StartedOn, d.DecidedOn, d.EndsOn, d.PreparerId, d.History))));

    private readonly ReadOnce<(Guid Client, int Limit), IReadOnlyList<ClientDecisionRecord>> read = new();

    public Task<IReadOnlyList<ClientDecisionRecord>> ForClientAsync(Guid clientId, int limit, CancellationToken cancellationToken) =>
        read.GetAsync((clientId, limit), async () => (await Newest.For(db)(db, clientId, limit).ToListAsync(cancellationToken))
            // The content is stored whole, so its outcome is read from it here rather than in the query.
            .Select(d => new ClientDecisionRecord(d.Id, d.OrganisationId, d.TypeCode, d.Status, d.Content.Outcome, d.StartedOn, d.DecidedOn, d.Content.StartsOn, d.EndsOn, d.PreparerId, d.History))
            .ToList());

    /// <summary>
    /// All the client's decisions: from the shared read when it holds them all (fewer than <paramref name="limit"/>),
    /// else asked of the database, so an older decision is never missed.
    /// </summary>
    public async Task<IReadOnlyList<ClientDecisionRecord>> AllAsync(Guid clientId, int limit, CancellationToken cancellationToken)
    {
        var newest = await ForClientAsync(clientId, limit, cancellationToken);
        return newest.Count < limit ? newest : await ForClientAsync(clientId, int.MaxValue, cancellationToken);
    }

    private sealed record Row(
        Guid Id, Guid OrganisationId, string TypeCode, DecisionStatus Status, DecisionContent Content, DateOnly StartedOn, DateOnly? DecidedOn, DateOnly? EndsOn,
        Guid PreparerId, List<DecisionStepRecord> History);
}
