using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Common;
using Polku.Domain.Services;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.Services;

/// <summary>One of the organisation's own services as the client page's forms offer it.</summary>
public sealed record CatalogueService(
    Guid Id, string Code, LocalizedName Name, bool RequiresDecision, int? MinAge, int? MaxAge, DateOnly ActiveFrom, DateOnly? ActiveUntil,
    ProducerType Producer, Guid? ProviderId, decimal? UnitPrice, CommitmentUnit? PriceUnit);

/// <summary>
/// The organisation's own services, by code, for offering them on the client page (a queue to join, guidance to give, a
/// purchased service to commit to); kept in memory, as only an administrator's edit changes them. Arranging a service
/// checks it afresh.
/// </summary>
public sealed class ServiceCatalogue(PolkuDbContext db, ReferenceCache cache)
{
    public Task<IReadOnlyList<CatalogueService>> OwnAsync(Guid organisationId, CancellationToken cancellationToken) =>
        cache.GetAsync<IReadOnlyList<CatalogueService>>(("services", organisationId), async () => await db.Services.AsNoTracking()
            .Where(s => s.OrganisationId == organisationId)
            .OrderBy(s => s.Code)
            .Select(s => new CatalogueService(
                s.Id, s.Code, s.Name, s.RequiresDecision, s.MinAge, s.MaxAge, s.ActiveFrom, s.ActiveUntil, s.Producer, s.ProviderId, s.UnitPrice, s.PriceUnit))
            .ToListAsync(cancellationToken));
}
