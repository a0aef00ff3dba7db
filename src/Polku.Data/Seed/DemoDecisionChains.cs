using Polku.Domain.Decisions;

namespace Polku.Data.Seed;

/// <summary>
/// The demo regions' decision chains as organisation settings (version 1), and PHHYKY's two areas that decide
/// differently (domain.md § How the regions differ): the settings an administrator would otherwise enter.
/// </summary>
public static class DemoDecisionChains
{
    public static IEnumerable<DecisionChainSetting> For(Guid organisationId, string organisationCode, DateTimeOffset at)
    {
        if (RegionalChains.Organisations.TryGetValue(organisationCode, out var chain))
        {
            yield return new DecisionChainSetting { OrganisationId = organisationId, Version = 1, Rules = Override(chain), ChangedAt = at };
        }

        foreach (var ((organisation, area), rules) in RegionalChains.Areas)
        {
            if (organisation == organisationCode)
            {
                yield return new DecisionChainSetting { OrganisationId = organisationId, AreaCode = area, Version = 1, Rules = rules, ChangedAt = at };
            }
        }
    }

    /// <summary>A whole chain written as the organisation's override of the national one, every setting given.</summary>
    private static DecisionChainOverride Override(DecisionChain chain) => new()
    {
        SteeringGroupReviews = chain.SteeringGroupReviews,
        Preparers = chain.Preparers,
        Signers = chain.Signers,
        PreparerMayDecide = chain.PreparerMayDecide,
        SpecialSupportNeedsSocialWorker = chain.SpecialSupportNeedsSocialWorker,
    };
}
