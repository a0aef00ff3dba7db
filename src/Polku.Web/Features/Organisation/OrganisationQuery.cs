using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Organisations;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Organisation;

public sealed record UnitView(Guid Id, string Name, UnitKind Kind, string? TargetGroup);

public sealed record PartnerView(Guid Id, string Name, ProductionMode Mode, IReadOnlyList<string> Languages);

public sealed record OrganisationView(
    Guid Id, string Code, string Name, OrganisationKind Kind, IReadOnlyList<string> Languages,
    IReadOnlyList<UnitView> Units, IReadOnlyList<PartnerView> Partners, int EmployeeCount);

/// <summary>The user's organisation with its units and partners, names in the UI language.</summary>
public sealed class OrganisationQuery(PolkuDbContext db)
{
    public async Task<OrganisationView?> GetAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var language = UiLanguage.Current;
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == user.OrganisationId)
            .Select(o => new
            {
                o.Id,
                o.Code,
                o.Name,
                o.Kind,
                o.Languages,
                Units = o.Units.Select(u => new { u.Id, u.Name, u.Kind, u.TargetGroup }).ToList(),
                Partners = db.Partnerships.Where(p => p.OrganisationId == o.Id)
                    .Select(p => new { p.ProviderId, p.Provider!.Name, p.Mode, p.Provider.Languages }).ToList(),
                EmployeeCount = db.Employees.Count(e => e.OrganisationId == o.Id && e.Active),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        return new OrganisationView(
            organisation.Id,
            organisation.Code,
            organisation.Name.In(language),
            organisation.Kind,
            organisation.Languages,
            organisation.Units.Select(u => new UnitView(u.Id, u.Name.In(language), u.Kind, u.TargetGroup))
                .OrderBy(u => u.Kind).ThenBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), false)).ToList(),
            organisation.Partners.Select(p => new PartnerView(p.ProviderId, p.Name.In(language), p.Mode, p.Languages))
                .OrderBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), false)).ToList(),
            organisation.EmployeeCount);
    }
}
