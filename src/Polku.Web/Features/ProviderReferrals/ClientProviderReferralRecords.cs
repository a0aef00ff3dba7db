using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Common;
using Polku.Domain.Services;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.ProviderReferrals;

/// <summary>A client's referral to a provider as the client page lists it and its timeline tells it.</summary>
public sealed record ClientProviderReferralRecord(
    Guid Id, LocalizedName Service, ProviderReferralStatus Status, DateOnly SentOn, DateOnly? StartedOn, DateOnly? EndedOn, ServiceOutcome? Outcome,
    string Reason, IReadOnlyList<ProviderReferralStep> History);

/// <summary>The client's referrals to providers, newest first, read once per request: the client page's section and its timeline show the same rows.</summary>
public sealed class ClientProviderReferralRecords(PolkuDbContext db) : IClientPageRecords
{
    // Compiled: the page asks it on every view, and its shape never changes.
    private static readonly CompiledQuery<Func<PolkuDbContext, Guid, int, IAsyncEnumerable<ClientProviderReferralRecord>>> Newest = new(() => EF.CompileAsyncQuery(
        (PolkuDbContext db, Guid clientId, int limit) => (
                from r in db.ProviderReferrals.AsNoTracking()
                join s in db.Services on r.ServiceId equals s.Id
                where r.ClientId == clientId
                orderby r.SentOn descending, r.Id descending
                select new { r.Id, s.Name, r.Status, r.SentOn, r.StartedOn, r.EndedOn, r.Outcome, r.Reason, r.History })
            .Take(limit)
            .Select(r => new ClientProviderReferralRecord(
                r.Id, new LocalizedName(r.Name.Fi, r.Name.Sv, r.Name.En), r.Status, r.SentOn, r.StartedOn, r.EndedOn, r.Outcome, r.Reason, r.History))));

    private readonly ReadOnce<(Guid Client, int Limit), IReadOnlyList<ClientProviderReferralRecord>> read = new();

    public Task<IReadOnlyList<ClientProviderReferralRecord>> ForClientAsync(Guid clientId, int limit, CancellationToken cancellationToken) =>
        read.GetAsync((clientId, limit), async () => await Newest.For(db)(db, clientId, limit).ToListAsync(cancellationToken));
}
