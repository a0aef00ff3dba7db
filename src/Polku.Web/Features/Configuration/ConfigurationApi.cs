using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Polku.Domain.Access;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Configuration;

public static class ConfigurationApi
{
    public static void MapConfigurationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/organisation/settings", GetSettingsAsync)
            .RequireAction(Actions.ConfigurationManage)
            .WithSummary("The organisation's assessment target, access policy and longest time to a plan's next review.");
        api.MapPut("/organisation/settings", SetSettingsAsync)
            .RequireAction(Actions.ConfigurationManage)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The target, in working days, to start an assessment outside the § 36 special groups (1–30), the access policy: ServiceTask (national default) or Team, and planReviewMaxMonths (1–12, default 6): the longest time to a plan's next review.");
        api.MapGet("/organisation/code-lists/{name}", CodesAsync)
            .RequireAction(Actions.ConfigurationManage)
            .WithSummary("The organisation's values of a code list, retired ones too; national=true marks a national default it has not made its own.");
        api.MapPut("/code-lists/{name}/{code}", UpsertCodeAsync)
            .RequireAction(Actions.ConfigurationManage)
            .WithSummary("Add or rename a code in the organisation's own list, with names in fi, sv and en; active=false retires it. Other organisations are not affected.");
        api.MapGet("/access-criteria", CriteriaAsync)
            .RequireAction(Actions.ConfigurationManage)
            .WithSummary("The organisation's access criteria for social rehabilitation.");
        api.MapPut("/access-criteria/{code}", UpsertCriterionAsync)
            .RequireAction(Actions.ConfigurationManage)
            .WithSummary("Add or change a criterion: Required, AnyOf, Condition (with requiresCode) or Information; active=false retires it.");
    }

    public static Task<SettingsView> GetSettingsAsync(CurrentUser user, ConfigurationHandlers handlers, CancellationToken cancellationToken) =>
        handlers.SettingsAsync(user, cancellationToken);

    public static async Task<Results<Ok<SettingsView>, ValidationProblem, NotFound, ProblemHttpResult>> SetSettingsAsync(
        SettingsInput input, CurrentUser user, ConfigurationHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.SetSettingsAsync(user, input, cancellationToken)).ToOk(l);

    public static async Task<Results<Ok<List<CodeView>>, NotFound>> CodesAsync(string name, CurrentUser user, ConfigurationHandlers handlers, CancellationToken cancellationToken) =>
        Domain.CodeLists.CodeListNames.All.Contains(name) ? TypedResults.Ok(await handlers.CodesAsync(user, name, cancellationToken)) : TypedResults.NotFound();

    public static async Task<Results<Created<CodeView>, Ok<CodeView>, ValidationProblem, NotFound, ProblemHttpResult>> UpsertCodeAsync(
        string name, string code, CodeInput input, CurrentUser user, ConfigurationHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.UpsertCodeAsync(user, name, code, input, cancellationToken)).ToSaved(l, c => $"/api/v1/code-lists/{c.List}");

    public static Task<List<CriterionConfigView>> CriteriaAsync(CurrentUser user, ConfigurationHandlers handlers, CancellationToken cancellationToken) =>
        handlers.CriteriaAsync(user, cancellationToken);

    public static async Task<Results<Created<CriterionConfigView>, Ok<CriterionConfigView>, ValidationProblem, NotFound, ProblemHttpResult>> UpsertCriterionAsync(
        string code, CriterionInput input, CurrentUser user, ConfigurationHandlers handlers, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
        (await handlers.UpsertCriterionAsync(user, code, input, cancellationToken)).ToSaved(l, _ => "/api/v1/access-criteria");
}
