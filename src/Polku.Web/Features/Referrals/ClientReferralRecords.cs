using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Referrals;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.Referrals;

/// <summary>A client's referral as the client page lists it and its timeline tells it.</summary>
public sealed record ClientReferralRecord(
    Guid Id, Guid OrganisationId, string SourceCode, DateOnly ReceivedOn, DateOnly DueOn, ReferralStatus Status, Guid? AssessmentId,
    DateTimeOffset CreatedAt, string Description, string? Author);

/// <summary>
/// The client's referrals, newest first, read once per request: the client page's referral section, its assessment
/// section (open referrals to start from) and its timeline show the same rows.
/// </summary>
public sealed class ClientReferralRecords(PolkuDbContext db) : IClientPageRecords
{
    // Compiled: the page asks it on every view, and its shape never changes.
    private static readonly CompiledQuery<Func<PolkuDbContext, Guid, int, IAsyncEnumerable<ClientReferralRecord>>> Newest = new(() => EF.CompileAsyncQuery(
        (PolkuDbContext db, Guid clientId, int limit) => db.Referrals.AsNoTracking().Where(r => r.ClientId == clientId)
            .OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id).Take(limit)
            .Select(r => new ClientReferralRecord(r.Id, r.OrganisationId, r.SourceCode, r.ReceivedOn, r.AssessmentStartDueOn, r.Status, r.AssessmentId,
                r.CreatedAt, r.Description, db.Employees.Where(e => e.Id == r.CreatedBy).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault()))));

    private readonly ReadOnce<(Guid Client, int Limit), IReadOnlyList<ClientReferralRecord>> read = new();

    public Task<IReadOnlyList<ClientReferralRecord>> ForClientAsync(Guid clientId, int limit, CancellationToken cancellationToken) =>
        read.GetAsync((clientId, limit), async () => await Newest.For(db)(db, clientId, limit).ToListAsync(cancellationToken));

    /// <summary>
    /// The client's open referrals, oldest deadline first: from the shared read when it holds all the client's
    /// referrals, else asked of the database, so an open referral older than the newest <paramref name="limit"/> is never missed.
    /// </summary>
    public async Task<IReadOnlyList<ClientReferralRecord>> OpenAsync(Guid clientId, int limit, CancellationToken cancellationToken)
    {
        var newest = await ForClientAsync(clientId, limit, cancellationToken);
        var all = newest.Count < limit ? newest : await ForClientAsync(clientId, int.MaxValue, cancellationToken);
        return all.Where(r => r.Status == ReferralStatus.Open).OrderBy(r => r.DueOn).ToList();
    }
}
