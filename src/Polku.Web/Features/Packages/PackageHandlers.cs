using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.Services;
using Polku.Web.Features.People;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Packages;

public sealed record PackageInput(string? Name, IReadOnlyList<Guid>? ServiceIds, SupportLevel? Level, Guid? PlanId);

public sealed record LevelInput(SupportLevel? Level, string? Note, int Version);

public sealed record EndPackageInput(DateOnly? On, int Version);

public sealed record LevelChangeView(DateOnly On, SupportLevel Level, string ChangedBy, string Note);

public sealed record PackageServiceView(Guid Id, string Name);

/// <summary>A service package with its services and every change of its support level, oldest first.</summary>
public sealed record PackageView(
    Guid Id, Guid ClientId, Guid? PlanId, string Name, IReadOnlyList<PackageServiceView> Services, SupportLevel Level, DateOnly StartsOn, DateOnly? EndsOn,
    IReadOnlyList<LevelChangeView> Levels, int Version);

/// <summary>
/// Service packages (Espoo): a named bundle of the organisation's services for a client, at a support level that can
/// change while the package runs. Read and arranged through the client's access rule (<see cref="ClientAccess"/>);
/// every read and write is audited.
/// </summary>
public sealed class PackageHandlers(PolkuDbContext db, ClientAccess access, AuditLog audit, Clock clock, EmployeeNames employees, IStringLocalizer<Strings> l)
{
    private const int MaxServices = 20;

    public async Task<Result<PackageView>> StartAsync(CurrentUser user, Guid clientId, PackageInput input, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.ClientServiceArrange, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<PackageView>.Refused(check);
        }

        var validation = new Validation(l);
        validation.RequiredText("name", input.Name, TextLimits.LocalizedName);
        if (input.Level is not { } level || !Enum.IsDefined(level))
        {
            validation.Add("level", "Validation.Required");
        }

        var serviceIds = (input.ServiceIds ?? []).Distinct().ToList();
        var organisationId = user.OrganisationId;
        if (serviceIds.Count == 0)
        {
            validation.Add("serviceIds", "Validation.Required");
        }
        else if (serviceIds.Count > MaxServices
                 || await db.Services.CountAsync(s => serviceIds.Contains(s.Id) && s.OrganisationId == organisationId, cancellationToken) != serviceIds.Count)
        {
            validation.Add("serviceIds", "Packages.ServiceUnknown");
        }

        if (input.PlanId is { } planId && !await db.Plans.AnyAsync(p => p.Id == planId && p.ClientId == clientId, cancellationToken))
        {
            validation.Add("planId", "Packages.PlanUnknown");
        }

        if (!validation.IsValid)
        {
            return Result<PackageView>.Invalid(validation.Errors);
        }

        var package = ServicePackage.Start(organisationId, clientId, input.PlanId, input.Name!.Trim(), serviceIds, input.Level!.Value, user.Id, clock.Today);
        db.ServicePackages.Add(package);
        audit.Stage(Actions.ClientServiceArrange, clientId);
        await db.SaveChangesAsync(cancellationToken);
        audit.Read(clientId);
        return Result<PackageView>.Created((await ViewsAsync([package], cancellationToken))[0]);
    }

    public async Task<Result<IReadOnlyList<PackageView>>> ListAsync(CurrentUser user, Guid clientId, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.ClientRead, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<IReadOnlyList<PackageView>>.Refused(check);
        }

        audit.Read(clientId);
        return Result<IReadOnlyList<PackageView>>.Ok(await ForClientAsync(clientId, cancellationToken));
    }

    /// <summary>The client's packages, newest first; the caller has checked the client.</summary>
    public async Task<IReadOnlyList<PackageView>> ForClientAsync(Guid clientId, CancellationToken cancellationToken) =>
        await ViewsAsync(await db.ServicePackages.AsNoTracking().Where(p => p.ClientId == clientId)
            .OrderByDescending(p => p.StartsOn).ThenByDescending(p => p.Id).Take(50).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>Moves the package to another support level from today; the change and its note are kept.</summary>
    public async Task<Result<PackageView>> ChangeLevelAsync(CurrentUser user, Guid id, LevelInput input, CancellationToken cancellationToken)
    {
        var (package, refusal) = await TrackedAsync(user, id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var validation = new Validation(l);
        if (input.Level is not { } level || !Enum.IsDefined(level))
        {
            validation.Add("level", "Validation.Required");
        }

        validation.MaxLength("note", input.Note, TextLimits.Explanation);
        if (!validation.IsValid)
        {
            return Result<PackageView>.Invalid(validation.Errors);
        }

        var today = clock.Today;
        if (package!.EndsOn is not null)
        {
            return Result<PackageView>.Conflict(l["Packages.Ended"]);
        }

        if (package.Levels.Count > 0 && today < package.Levels[^1].On)
        {
            return Result<PackageView>.Invalid("level", l["Packages.ChangeBeforePrevious", Format.Date(package.Levels[^1].On)]);
        }

        db.ExpectVersion(package, input.Version);
        package.ChangeLevel(input.Level!.Value, user.Id, today, input.Note?.Trim() ?? "");
        // The history is one stored value that grew in place: tell the context it changed.
        db.Entry(package).Property(p => p.Levels).IsModified = true;
        return await SaveAsync(package, cancellationToken);
    }

    /// <summary>Ends the package on the day given (today by default).</summary>
    public async Task<Result<PackageView>> EndAsync(CurrentUser user, Guid id, EndPackageInput input, CancellationToken cancellationToken)
    {
        var (package, refusal) = await TrackedAsync(user, id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (package!.EndsOn is not null)
        {
            return Result<PackageView>.Conflict(l["Packages.Ended"]);
        }

        var on = input.On ?? clock.Today;
        var validation = new Validation(l);
        validation.PlausibleDate("on", on);
        if (validation.IsValid && on < package.StartsOn)
        {
            validation.Add("on", "Packages.EndBeforeStart", Format.Date(package.StartsOn));
        }

        if (!validation.IsValid)
        {
            return Result<PackageView>.Invalid(validation.Errors);
        }

        db.ExpectVersion(package, input.Version);
        package.EndsOn = on;
        return await SaveAsync(package, cancellationToken);
    }

    private async Task<(ServicePackage? Package, Result<PackageView>? Refusal)> TrackedAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var package = await db.ServicePackages.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (package is null)
        {
            return (null, Result<PackageView>.NotFound());
        }

        var check = await access.CheckAsync(user, Actions.ClientServiceArrange, package.ClientId, cancellationToken);
        return check.Allowed ? (package, null) : (null, Result<PackageView>.Refused(check));
    }

    private async Task<Result<PackageView>> SaveAsync(ServicePackage package, CancellationToken cancellationToken)
    {
        audit.Stage(Actions.ClientServiceArrange, package.ClientId);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Result<PackageView>.Conflict(l["Problem.Conflict"]);
        }

        audit.Read(package.ClientId);
        return Result<PackageView>.Ok((await ViewsAsync([package], cancellationToken))[0]);
    }

    private async Task<List<PackageView>> ViewsAsync(IReadOnlyList<ServicePackage> packages, CancellationToken cancellationToken)
    {
        var serviceIds = packages.SelectMany(p => p.ServiceIds).Distinct().ToList();
        var services = (await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => s.Name.In(UiLanguage.Current));
        var byIds = packages.SelectMany(p => p.Levels.Select(c => c.ById)).Distinct().ToList();
        var people = await employees.ForAsync(byIds, cancellationToken);
        return packages.Select(p => View(p, services, people))
            .ToList();
    }

    /// <summary>A package as shown, with its services' and the changers' names from the lookups (blank when unknown).</summary>
    public static PackageView View(ServicePackage p, IReadOnlyDictionary<Guid, string> services, IReadOnlyDictionary<Guid, string> people) => new(
        p.Id, p.ClientId, p.PlanId, p.Name,
        p.ServiceIds.Select(s => new PackageServiceView(s, services.GetValueOrDefault(s, ""))).ToList(),
        p.Level, p.StartsOn, p.EndsOn,
        p.Levels.Select(c => new LevelChangeView(c.On, c.Level, people.GetValueOrDefault(c.ById, ""), c.Note)).ToList(),
        p.Version);
}
