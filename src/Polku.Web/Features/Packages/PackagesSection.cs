using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Plans;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Packages;

public sealed record ClientPackages(IReadOnlyList<PackageView> Packages, IReadOnlyList<(string Value, string Label)> Services, Guid? OpenPlanId);

/// <summary>The client's service packages with their level history, and starting one or changing its level.</summary>
public sealed class PackagesSection(PolkuDbContext db, PackageHandlers packages) : IClientSection
{
    public int Order => 39;

    public Type Component => typeof(PackagesList);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken)
    {
        if (!client.Can(Actions.ClientServiceRead))
        {
            return null;
        }

        var list = await packages.ForClientAsync(client.Id, cancellationToken);
        var arrange = client.Can(Actions.ClientServiceArrange);
        if (list.Count == 0 && !arrange)
        {
            return null;
        }

        var organisationId = client.User.OrganisationId;
        var services = arrange
            ? (await db.Services.AsNoTracking().Where(s => s.OrganisationId == organisationId).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
                .Select(s => (s.Id.ToString(), s.Name.In(UiLanguage.Current))).OrderBy(s => s.Item2, StringComparer.Ordinal).ToList()
            : [];
        var id = client.Id;
        var plan = arrange
            ? await db.Plans.AsNoTracking().Where(p => p.ClientId == id && p.Status == PlanStatus.Agreed).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new ClientPackages(list, services, plan);
    }
}
