using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Common;
using Polku.Domain.Services;
using Polku.Web.Features.Decisions;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Services;

/// <summary>
/// The service catalogue: the organisation's services with their room and queues, searched in the database by language,
/// age, type and free places. A provider's staff see the services their organisation provides. Only counts of clients
/// are read here, never who they are.
/// </summary>
public sealed partial class ServiceHandlers(PolkuDbContext db, DecisionTypeQuery types, Clock clock, IStringLocalizer<Strings> l)
{
    /// <summary>Each language's description; the two are stored together.</summary>
    private const int DescriptionLength = 3000;

    /// <summary>The services the user sees: the organisation's own catalogue, or for a provider's staff what their organisation provides.</summary>
    public IQueryable<Service> Visible(CurrentUser user)
    {
        var organisationId = user.OrganisationId;
        return db.Services.AsNoTracking().Where(s => s.OrganisationId == organisationId || s.ProviderId == organisationId);
    }

    /// <summary>Active services matching the filter, by name.</summary>
    public async Task<IReadOnlyList<ServiceRow>> SearchAsync(CurrentUser user, ServiceFilter filter, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var query = Visible(user).Where(s => s.ActiveFrom <= today && (s.ActiveUntil == null || s.ActiveUntil >= today));
        if (filter.Language is { Length: > 0 } language)
        {
            query = query.Where(s => s.Languages.Contains(language));
        }

        if (filter.Age is { } age)
        {
            query = query.Where(s => (s.MinAge == null || s.MinAge <= age) && (s.MaxAge == null || s.MaxAge >= age));
        }

        if (filter.Type is { } type)
        {
            query = query.Where(s => s.Type == type);
        }

        if (filter.LowThreshold is { } lowThreshold)
        {
            query = query.Where(s => s.RequiresDecision != lowThreshold);
        }

        if (filter.HasRoom)
        {
            query = query.Where(s => s.Capacity == null || s.Capacity > db.ProviderReferrals.Count(r => r.ServiceId == s.Id
                && (r.Status == ProviderReferralStatus.Accepted || r.Status == ProviderReferralStatus.Started)));
        }

        var services = await query.ToListAsync(cancellationToken);
        var ids = services.Select(s => s.Id).ToList();
        var inService = await InServiceAsync(ids, cancellationToken);
        var waiting = await db.QueueEntries.AsNoTracking()
            .Where(q => ids.Contains(q.ServiceId) && (q.Status == QueueStatus.Waiting || q.Status == QueueStatus.Offered))
            .Select(q => new { q.ServiceId, q.JoinedOn })
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(services, cancellationToken);
        var uiLanguage = Infrastructure.Localization.UiLanguage.Current;
        return services
            .Select(s =>
            {
                var days = waiting.Where(w => w.ServiceId == s.Id && w.JoinedOn <= today).Select(w => today.DayNumber - w.JoinedOn.DayNumber).ToList();
                var taken = inService.GetValueOrDefault(s.Id);
                return new ServiceRow(
                    s.Id, s.Code, s.Name, s.Type, s.Producer, Name(names, s.ProviderId), Name(names, s.UnitId), s.Languages, s.MinAge, s.MaxAge, s.Capacity,
                    taken, Free(s.Capacity, taken), days.Count, QueueRules.Median(days), s.RequiresDecision);
            })
            .OrderBy(s => s.Name.In(uiLanguage), StringComparer.CurrentCulture).ThenBy(s => s.Code, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<Result<ServiceView>> GetAsync(CurrentUser user, Guid id, CancellationToken cancellationToken) =>
        await Visible(user).SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is { } service
            ? Result<ServiceView>.Ok(await ViewAsync(service, cancellationToken))
            : Result<ServiceView>.NotFound();

    public async Task<Result<ServiceView>> CreateAsync(CurrentUser user, ServiceInput input, CancellationToken cancellationToken)
    {
        var service = new Service { OrganisationId = user.OrganisationId, Code = "", Name = new("", "", "") };
        var errors = await ApplyAsync(service, input, cancellationToken);
        if (errors is not null)
        {
            return Result<ServiceView>.Invalid(errors);
        }

        if (await CodeTakenAsync(service, cancellationToken))
        {
            return Result<ServiceView>.Conflict(l["Services.CodeTaken", service.Code]);
        }

        db.Services.Add(service);
        await db.SaveChangesAsync(cancellationToken);
        return Result<ServiceView>.Created(await ViewAsync(service, cancellationToken));
    }

    /// <summary>Saves the service whole against the version read.</summary>
    public async Task<Result<ServiceView>> UpdateAsync(CurrentUser user, Guid id, ServiceInput input, CancellationToken cancellationToken)
    {
        var organisationId = user.OrganisationId;
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == organisationId, cancellationToken);
        if (service is null)
        {
            return Result<ServiceView>.NotFound();
        }

        var errors = await ApplyAsync(service, input, cancellationToken);
        if (errors is not null)
        {
            db.ChangeTracker.Clear();
            return Result<ServiceView>.Invalid(errors);
        }

        if (await CodeTakenAsync(service, cancellationToken))
        {
            db.ChangeTracker.Clear();
            return Result<ServiceView>.Conflict(l["Services.CodeTaken", service.Code]);
        }

        db.ExpectVersion(service, input.Version);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Result<ServiceView>.Conflict(l["Problem.Conflict"]);
        }

        return Result<ServiceView>.Ok(await ViewAsync(service, cancellationToken));
    }

    /// <summary>The organisation's own units, which may run its own services.</summary>
    public async Task<IReadOnlyList<(Guid Id, LocalizedName Name)>> UnitsAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var organisationId = user.OrganisationId;
        return (await db.Units.AsNoTracking().Where(u => u.OrganisationId == organisationId && u.Kind == Domain.Organisations.UnitKind.Unit)
                .Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, u.Name)).ToList();
    }

    /// <summary>The clients in each service now: referrals the provider has accepted or started and not yet ended.</summary>
    public async Task<Dictionary<Guid, int>> InServiceAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken) =>
        await db.ProviderReferrals.AsNoTracking()
            .Where(r => serviceIds.Contains(r.ServiceId) && (r.Status == ProviderReferralStatus.Accepted || r.Status == ProviderReferralStatus.Started))
            .GroupBy(r => r.ServiceId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public static int? Free(int? capacity, int taken) => capacity is { } c ? Math.Max(0, c - taken) : null;

    /// <summary>The names of the providers and units the services name, by id.</summary>
    public async Task<Dictionary<Guid, Domain.Common.LocalizedName>> NamesAsync(IReadOnlyCollection<Service> services, CancellationToken cancellationToken)
    {
        var providers = services.Where(s => s.ProviderId is not null).Select(s => s.ProviderId!.Value).Distinct().ToList();
        var units = services.Where(s => s.UnitId is not null).Select(s => s.UnitId!.Value).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => providers.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        foreach (var unit in await db.Units.AsNoTracking().Where(u => units.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken))
        {
            names[unit.Id] = unit.Name;
        }

        return names;
    }

    private static string? Name(Dictionary<Guid, Domain.Common.LocalizedName> names, Guid? id) =>
        id is { } key && names.TryGetValue(key, out var name) ? name.In(Infrastructure.Localization.UiLanguage.Current) : null;

    private async Task<ServiceView> ViewAsync(Service s, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var taken = (await InServiceAsync([s.Id], cancellationToken)).GetValueOrDefault(s.Id);
        var entries = await db.QueueEntries.AsNoTracking().Where(q => q.ServiceId == s.Id).ToListAsync(cancellationToken);
        var names = await NamesAsync([s], cancellationToken);
        return new ServiceView(
            s.Id, s.Code, s.Name, s.Description, s.Type, s.Producer, s.ProviderId, Name(names, s.ProviderId), s.UnitId, Name(names, s.UnitId), s.Languages,
            s.MinAge, s.MaxAge, s.TargetGroup, s.Capacity, s.UnitPrice, s.PriceUnit, s.RequiresDecision, s.DecisionTypeCode, s.ActiveFrom, s.ActiveUntil,
            s.Version, taken, Free(s.Capacity, taken), QueueRules.Statistics(entries, today, today.AddDays(-365)));
    }

    private Task<bool> CodeTakenAsync(Service service, CancellationToken cancellationToken)
    {
        var (organisationId, code, id) = (service.OrganisationId, service.Code, service.Id);
        return db.Services.AnyAsync(s => s.OrganisationId == organisationId && s.Code == code && s.Id != id, cancellationToken);
    }

    /// <summary>Checks the input and writes it onto the service; the field errors when it does not hold.</summary>
    private async Task<Dictionary<string, string[]>?> ApplyAsync(Service service, ServiceInput input, CancellationToken cancellationToken)
    {
        var validation = new Validation(l);
        if (validation.Required("code", input.Code) && !CodePattern().IsMatch(input.Code!.Trim()))
        {
            validation.Add("code", "Services.CodeFormat");
        }

        validation.RequiredText("nameFi", input.NameFi, TextLimits.LocalizedName);
        validation.MaxLength("nameSv", input.NameSv, TextLimits.LocalizedName);
        validation.MaxLength("nameEn", input.NameEn, TextLimits.LocalizedName);
        validation.MaxLength("descriptionFi", input.DescriptionFi, DescriptionLength);
        validation.MaxLength("descriptionSv", input.DescriptionSv, DescriptionLength);
        validation.MaxLength("targetGroup", input.TargetGroup, TextLimits.Explanation);
        if (input.Type is not { } type || !Enum.IsDefined(type))
        {
            validation.Add("type", "Validation.Required");
        }

        if (input.Producer is not { } producer || !Enum.IsDefined(producer))
        {
            validation.Add("producer", "Validation.Required");
        }

        validation.PlausibleDate("activeFrom", input.ActiveFrom);
        validation.PlausibleDate("activeUntil", input.ActiveUntil);
        var organisationId = service.OrganisationId;
        var own = input.Producer == ProducerType.Own;
        if (!own && input.ProviderId is { } providerId
            && !await db.Partnerships.AnyAsync(p => p.OrganisationId == organisationId && p.ProviderId == providerId, cancellationToken))
        {
            validation.Add("providerId", "Services.NotAPartner");
        }

        if (own && input.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId && u.OrganisationId == organisationId, cancellationToken))
        {
            validation.Add("unitId", "Services.NotOurUnit");
        }

        var decisionType = input.RequiresDecision && !string.IsNullOrWhiteSpace(input.DecisionTypeCode) ? input.DecisionTypeCode.Trim() : null;
        if (decisionType is not null && await types.FindAsync(organisationId, decisionType, cancellationToken) is null)
        {
            validation.Add("decisionTypeCode", "Decisions.UnknownType");
        }

        if (!validation.IsValid)
        {
            return validation.Errors;
        }

        service.Code = input.Code!.Trim();
        service.Name = new(input.NameFi!.Trim(), input.NameSv?.Trim() ?? "", input.NameEn?.Trim() ?? "");
        service.Description = new(input.DescriptionFi?.Trim() ?? "", input.DescriptionSv?.Trim() ?? "");
        service.Type = input.Type!.Value;
        service.Producer = input.Producer!.Value;
        service.ProviderId = own ? null : input.ProviderId;
        service.UnitId = own ? input.UnitId : null;
        service.Languages = [.. (input.Languages ?? []).Select(x => x?.Trim() ?? "")];
        service.MinAge = input.MinAge;
        service.MaxAge = input.MaxAge;
        service.TargetGroup = input.TargetGroup?.Trim() ?? "";
        service.Capacity = input.Capacity;
        service.UnitPrice = input.UnitPrice;
        service.PriceUnit = input.PriceUnit;
        service.RequiresDecision = input.RequiresDecision;
        service.DecisionTypeCode = decisionType;
        service.ActiveFrom = input.ActiveFrom ?? (service.ActiveFrom == default ? clock.Today : service.ActiveFrom);
        service.ActiveUntil = input.ActiveUntil;
        validation.AddProblems(ServiceRules.Check(service).Select(p => (p.Field, l["ServiceProblem." + p.Kind].Value)));
        return validation.IsValid ? null : validation.Errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex CodePattern();
}
