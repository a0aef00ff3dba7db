using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Configuration;

public static class ConfigurationApi
{
    public static void MapConfigurationApi(this RouteGroupBuilder api)
    {
        api.MapPut("/organisation/settings", async (SettingsInput input, ClaimsPrincipal principal, ConfigurationHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
                (await handlers.SetSettingsAsync(principal.ToCurrentUser()!, input, cancellationToken)).ToHttp(l))
            .RequireAction(Actions.ConfigurationManage)
            .Produces<SettingsView>()
            .ProducesValidationProblem()
            .WithSummary("The organisation's target, in working days, to start an assessment outside the § 36 special groups (1–30).");
        api.MapPut("/code-lists/{name}/{code}", async (string name, string code, CodeInput input, ConfigurationHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
                (await handlers.UpsertCodeAsync(name, code, input, cancellationToken)).ToHttp(l, c => $"/api/v1/code-lists/{c.List}"))
            .RequireAction(Actions.ConfigurationManage)
            .Produces<CodeView>()
            .ProducesValidationProblem()
            .WithSummary("Add or rename a code with names in fi, sv and en; active=false retires it.");
        api.MapGet("/access-criteria", (ClaimsPrincipal principal, ConfigurationHandlers handlers, CancellationToken cancellationToken) =>
                handlers.CriteriaAsync(principal.ToCurrentUser()!, cancellationToken))
            .RequireAction(Actions.ConfigurationManage)
            .WithSummary("The organisation's access criteria for social rehabilitation.");
        api.MapPut("/access-criteria/{code}", async (string code, CriterionInput input, ClaimsPrincipal principal, ConfigurationHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
                (await handlers.UpsertCriterionAsync(principal.ToCurrentUser()!, code, input, cancellationToken)).ToHttp(l, _ => "/api/v1/access-criteria"))
            .RequireAction(Actions.ConfigurationManage)
            .Produces<CriterionConfigView>()
            .ProducesValidationProblem()
            .WithSummary("Add or change a criterion: Required, AnyOf, Condition (with requiresCode) or Information; active=false retires it.");
    }
}
