using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Services;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Commitments;

/// <summary>
/// The organisation's rules for arranging services: how early commitments warn, and the allowances groups pay. The
/// national defaults (30 days, no allowances) apply until the organisation saves its own.
/// </summary>
public sealed class ServiceSettingsHandlers(PolkuDbContext db, AuditLog audit, IStringLocalizer<Strings> l)
{
    public async Task<ServiceSettingsView> GetAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var organisationId = user.OrganisationId;
        var settings = await db.ServiceSettings.AsNoTracking().SingleOrDefaultAsync(s => s.OrganisationId == organisationId, cancellationToken);
        return View(settings);
    }

    public async Task<Result<ServiceSettingsView>> SetAsync(CurrentUser user, ServiceSettingsInput input, CancellationToken cancellationToken)
    {
        var validation = new Validation(l);
        if (input.CommitmentWarningDays is null)
        {
            validation.Add("commitmentWarningDays", "Validation.Required");
        }

        validation.Range("commitmentWarningDays", input.CommitmentWarningDays, 1, CommitmentHandlers.MaxWarningDays);
        if (input.DailyActivityMoney is < 0 or > 1000)
        {
            validation.Add("dailyActivityMoney", "Validation.Range", 0, 1000);
        }

        validation.Range("travelCardMinSessions", input.TravelCardMinSessions, 1, 31);
        if (!validation.IsValid)
        {
            return Result<ServiceSettingsView>.Invalid(validation.Errors);
        }

        var organisationId = user.OrganisationId;
        var settings = await db.ServiceSettings.SingleOrDefaultAsync(s => s.OrganisationId == organisationId, cancellationToken);
        if (settings is null)
        {
            if (input.Version != 0)
            {
                return Result<ServiceSettingsView>.Conflict(l["Commitments.ChangedMeanwhile"]);
            }

            settings = new ServiceSettings { OrganisationId = organisationId };
            db.ServiceSettings.Add(settings);
        }
        else
        {
            db.ExpectVersion(settings, input.Version);
        }

        settings.CommitmentWarningDays = input.CommitmentWarningDays!.Value;
        settings.DailyActivityMoney = input.DailyActivityMoney;
        settings.TravelCardMinSessions = input.TravelCardMinSessions;
        audit.Stage(Actions.ServiceManage, []);
        try
        {
            if (!await db.TrySaveAsync(cancellationToken))
            {
                return Result<ServiceSettingsView>.Conflict(l["Commitments.ChangedMeanwhile"]);
            }
        }
        catch (DbUpdateException)
        {
            // Two first saves at once: the row is the other's now.
            db.ChangeTracker.Clear();
            return Result<ServiceSettingsView>.Conflict(l["Commitments.ChangedMeanwhile"]);
        }

        return Result<ServiceSettingsView>.Ok(View(settings));
    }

    private static ServiceSettingsView View(ServiceSettings? settings) => settings is null
        ? new(ServiceSettings.DefaultWarningDays, null, null, 0, true)
        : new(settings.CommitmentWarningDays, settings.DailyActivityMoney, settings.TravelCardMinSessions, settings.Version, false);
}
