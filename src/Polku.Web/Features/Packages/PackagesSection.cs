using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.Plans;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Packages;

public sealed record ClientPackages(IReadOnlyList<PackageView> Packages, IReadOnlyList<(string Value, string Label)> Services, Guid? OpenPlanId);

/// <summary>The client's service packages with their level history, and starting one or changing its level.</summary>
public sealed class PackagesSection(PolkuDbContext db) : IClientSection
{
    public int Order => 39;

    public Type Component => typeof(PackagesList);

    public async Task<object?> LoadAsync(ClientContext client, CancellationToken cancellationToken)
    {
        if (!client.Can(Actions.ClientRead))
        {
            return null;
        }

        // One round trip: the packages, the organisation's services (their names, and the start form's choices) and the plan in force.
        var id = client.Id;
        // Rooted at the client's organisation, so that both lists join to it (SQLite has no APPLY for uncorrelated ones).
        var organisationId = client.Client.OrganisationId;
        var data = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new
            {
                Packages = db.ServicePackages.Where(p => p.OrganisationId == o.Id && p.ClientId == id).ToList(),
                Services = db.Services.Where(s => s.OrganisationId == o.Id).Select(s => new { s.Id, s.Name.Fi, s.Name.Sv, s.Name.En }).ToList(),
                Plan = db.Plans.Where(p => p.ClientId == id && p.Status == PlanStatus.Agreed).Select(p => (Guid?)p.Id).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        var arrange = client.Can(Actions.ClientServiceArrange);
        if (data.Packages.Count == 0 && !arrange)
        {
            return null;
        }

        var language = UiLanguage.Current;
        var names = data.Services.ToDictionary(s => s.Id, s => new LocalizedName(s.Fi, s.Sv, s.En).In(language));
        // The section shows the history without who changed it (the API has that), to stay within one query.
        var list = data.Packages.OrderByDescending(p => p.StartsOn).ThenByDescending(p => p.Id).Select(p => PackageHandlers.View(p, names, new Dictionary<Guid, string>())).ToList();
        var services = arrange ? names.Select(s => (s.Key.ToString(), s.Value)).OrderBy(s => s.Item2, StringComparer.Ordinal).ToList() : [];
        var plan = arrange ? data.Plan : null;
        return new ClientPackages(list, services, plan);
    }
}
