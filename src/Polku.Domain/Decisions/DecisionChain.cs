using System.Collections.Immutable;
using Polku.Domain.People;

namespace Polku.Domain.Decisions;

/// <summary>
/// Who moves an organisation's decisions on, as configuration: the regions decide differently (domain.md § How the
/// regions differ), so the chain is data and <see cref="DecisionWorkflow"/> is the one rule that reads it.
/// </summary>
public sealed record DecisionChain
{
    /// <summary>Whether the client steering group reviews every draft before it is proposed (Vantaa).</summary>
    public bool SteeringGroupReviews { get; init; }

    /// <summary>Roles that may write a draft and submit it.</summary>
    public ImmutableArray<Role> Preparers { get; init; } = [];

    /// <summary>Roles that may sign, that is decide.</summary>
    public ImmutableArray<Role> Signers { get; init; } = [];

    /// <summary>
    /// Whether a preparer who may sign decides alone, signing their own draft. When false another person signs (four
    /// eyes). A chain with a steering group never skips it, so its drafts are always submitted.
    /// </summary>
    public bool PreparerMayDecide { get; init; }

    /// <summary>SHL § 46: a client in need of special support (§ 3) is decided on by a social worker in public office.</summary>
    public bool SpecialSupportNeedsSocialWorker { get; init; } = true;

    /// <summary>Counts the organisation's changes to its chain; a decision keeps the version it was made under.</summary>
    public int Version { get; init; } = 1;
}

/// <summary>
/// What an area (a county's municipality) changes in its organisation's chain; a setting left null is inherited, so a
/// later change to the organisation's chain reaches the area too.
/// </summary>
public sealed record DecisionChainOverride
{
    public bool? SteeringGroupReviews { get; init; }

    public ImmutableArray<Role>? Preparers { get; init; }

    public ImmutableArray<Role>? Signers { get; init; }

    public bool? PreparerMayDecide { get; init; }

    public bool? SpecialSupportNeedsSocialWorker { get; init; }

    /// <summary>Counts the changes to this override, apart from the organisation's.</summary>
    public int Version { get; init; } = 1;
}

public static class DecisionChains
{
    /// <summary>The chain an area works by: its organisation's, with what the area overrides. Keeps the organisation's version.</summary>
    public static DecisionChain Effective(DecisionChain organisation, DecisionChainOverride? area) =>
        area is null
            ? organisation
            : organisation with
            {
                SteeringGroupReviews = area.SteeringGroupReviews ?? organisation.SteeringGroupReviews,
                Preparers = area.Preparers ?? organisation.Preparers,
                Signers = area.Signers ?? organisation.Signers,
                PreparerMayDecide = area.PreparerMayDecide ?? organisation.PreparerMayDecide,
                SpecialSupportNeedsSocialWorker = area.SpecialSupportNeedsSocialWorker ?? organisation.SpecialSupportNeedsSocialWorker,
            };
}
