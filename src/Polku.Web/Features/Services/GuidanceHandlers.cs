using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.Services;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Services;

/// <summary>Guidance to a low-threshold service (Klaara, Horisontti): no decision, recorded for the client's timeline.</summary>
public sealed class GuidanceHandlers(PolkuDbContext db, ClientAccess access, ServiceHandlers services, AuditLog audit, Clock clock, IStringLocalizer<Strings> l)
{
    public async Task<Result<GuidanceView>> RecordAsync(CurrentUser user, Guid clientId, GuidanceInput input, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.ClientServiceArrange, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<GuidanceView>.Refused(check);
        }

        var validation = new Validation(l);
        validation.MaxLength("note", input.Note, TextLimits.Text);
        var today = clock.Today;
        var organisationId = user.OrganisationId;
        var service = input.ServiceId is { } serviceId
            ? await services.Visible(user).SingleOrDefaultAsync(s => s.Id == serviceId && s.OrganisationId == organisationId, cancellationToken)
            : null;
        if (service is null || !service.IsActiveOn(today))
        {
            validation.Add("serviceId", input.ServiceId is null ? "Validation.Required" : "Guidance.UnknownService");
        }
        else if (service.RequiresDecision)
        {
            validation.Add("serviceId", "Guidance.NeedsDecision", service.Name.In(Infrastructure.Localization.UiLanguage.Current));
        }

        if (!validation.IsValid)
        {
            return Result<GuidanceView>.Invalid(validation.Errors);
        }

        var guidance = new ServiceGuidance { OrganisationId = organisationId, ClientId = clientId, ServiceId = service!.Id, On = today, ById = user.Id, Note = input.Note?.Trim() ?? "" };
        db.ServiceGuidance.Add(guidance);
        audit.Stage(Actions.ClientServiceArrange, clientId);
        await db.SaveChangesAsync(cancellationToken);
        audit.Read(clientId);
        return Result<GuidanceView>.Created(new GuidanceView(guidance.Id, clientId, service.Id, service.Name, today, guidance.Note, user.DisplayName));
    }
}
