using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Decisions;
using Polku.Domain.People;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Decisions;

/// <summary>One chain as configured: the organisation's (areaCode null) or an area's, its version, and the chain in force there.</summary>
public sealed record ChainSettingView(string? AreaCode, string? AreaName, int Version, DecisionChainOverride Rules, DecisionChain Effective, DateTimeOffset? ChangedAt);

/// <summary>A new version of the organisation's chain or of an area's override; a setting left null is inherited.</summary>
public sealed record ChainSettingInput(
    string? AreaCode, bool? SteeringGroupReviews, IReadOnlyList<Role>? Preparers, IReadOnlyList<Role>? Signers, bool? PreparerMayDecide,
    bool? SpecialSupportNeedsSocialWorker, int Version);

/// <summary>
/// The organisation's decision chains as an administrator sets them. A change adds a version and never edits one, so
/// each decision keeps the chain it was made under (<see cref="ChainVersion"/>).
/// </summary>
public sealed class DecisionChainSettings(PolkuDbContext db, Clock clock, IStringLocalizer<Strings> l)
{
    /// <summary>The roles that may prepare or decide: those who do client work or lead it.</summary>
    private static readonly Role[] Deciding = [Role.SocialWorker, Role.SocialCounsellor, Role.LeadingSocialWorker, Role.SocialDirector];

    public async Task<IReadOnlyList<ChainSettingView>> AllAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var organisationId = user.OrganisationId;
        var areas = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Areas).SingleAsync(cancellationToken);
        var settings = await db.DecisionChainSettings.AsNoTracking().Where(s => s.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var latest = settings.GroupBy(s => s.AreaCode).ToDictionary(g => g.Key ?? "", g => g.MaxBy(s => s.Version)!);
        var organisation = latest.GetValueOrDefault("");
        return areas.Select(a => (Code: (string?)a.Code, Name: (string?)a.Name.In(Infrastructure.Localization.UiLanguage.Current)))
            .Prepend((null, null))
            .Select(a =>
            {
                var own = latest.GetValueOrDefault(a.Code ?? "");
                var chain = DecisionChainSetting.Resolve(organisation, a.Code is null ? null : own);
                return new ChainSettingView(a.Code, a.Name, own?.Version ?? 0, own?.Rules ?? new DecisionChainOverride { Version = 0 }, chain.Chain, own?.ChangedAt);
            })
            .ToList();
    }

    public async Task<Result<ChainSettingView>> SaveAsync(CurrentUser user, ChainSettingInput input, CancellationToken cancellationToken)
    {
        var organisationId = user.OrganisationId;
        var areas = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Areas).SingleAsync(cancellationToken);
        var validation = new Validation(l);
        if (input.AreaCode is { } code && areas.All(a => a.Code != code))
        {
            validation.Add("areaCode", "Decisions.UnknownArea");
        }

        void Roles(string field, IReadOnlyList<Role>? roles, bool organisationLevel)
        {
            if (roles is null ? organisationLevel : roles.Count == 0 || roles.Any(r => !Deciding.Contains(r)))
            {
                validation.Add(field, "Decisions.ChainRoles");
            }
        }

        Roles("preparers", input.Preparers, input.AreaCode is null);
        Roles("signers", input.Signers, input.AreaCode is null);
        if (!validation.IsValid)
        {
            return Result<ChainSettingView>.Invalid(validation.Errors);
        }

        var current = await db.DecisionChainSettings.Where(s => s.OrganisationId == organisationId && s.AreaCode == input.AreaCode)
            .MaxAsync(s => (int?)s.Version, cancellationToken) ?? 0;
        if (current != input.Version)
        {
            return Result<ChainSettingView>.Conflict(l["Decisions.ChainChangedMeanwhile"]);
        }

        db.DecisionChainSettings.Add(new DecisionChainSetting
        {
            OrganisationId = organisationId,
            AreaCode = input.AreaCode,
            Version = current + 1,
            Rules = new DecisionChainOverride
            {
                SteeringGroupReviews = input.SteeringGroupReviews,
                Preparers = input.Preparers?.Distinct().Order().ToImmutableArray(),
                Signers = input.Signers?.Distinct().Order().ToImmutableArray(),
                PreparerMayDecide = input.PreparerMayDecide,
                SpecialSupportNeedsSocialWorker = input.SpecialSupportNeedsSocialWorker,
            },
            ChangedAt = clock.Now,
            ChangedById = user.Id,
        });
        // Two administrators adding the same version: the unique index lets one through.
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Result<ChainSettingView>.Conflict(l["Decisions.ChainChangedMeanwhile"]);
        }

        return Result<ChainSettingView>.Ok((await AllAsync(user, cancellationToken)).Single(c => c.AreaCode == input.AreaCode));
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/decision-chains", async (CurrentUser user, DecisionChainSettings settings, CancellationToken cancellationToken) =>
                TypedResults.Ok(await settings.AllAsync(user, cancellationToken)))
            .RequireAction(Actions.ConfigurationManage)
            .WithSummary("The organisation's decision chain and each area's: the version in force, what it changes, and the chain that results.");
        api.MapPost("/decision-chains", async Task<Results<Ok<ChainSettingView>, ValidationProblem, NotFound, ProblemHttpResult>> (
                ChainSettingInput input, CurrentUser user, DecisionChainSettings settings, IStringLocalizer<Strings> l, CancellationToken cancellationToken) =>
                (await settings.SaveAsync(user, input, cancellationToken)).ToOk(l))
            .RequireAction(Actions.ConfigurationManage)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Add a version of the organisation's chain (areaCode null: preparers and signers required) or of an area's override (null settings inherit). Send the version you read; decisions already started keep theirs.");
    }
}
