namespace Polku.Domain.Decisions;

/// <summary>
/// One version of an organisation's decision chain (<see cref="AreaCode"/> null) or of an area's override of it
/// (<see cref="AreaCode"/> a municipality code). A change adds a version; the old ones stay, so a decision's
/// <see cref="ChainVersion"/> can always be traced to the setting it was made under.
/// </summary>
public sealed class DecisionChainSetting
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public string? AreaCode { get; init; }

    public int Version { get; init; }

    /// <summary>What the organisation changes in the national chain, or the area in its organisation's.</summary>
    public required DecisionChainOverride Rules { get; init; }

    public DateTimeOffset ChangedAt { get; init; }

    public Guid? ChangedById { get; init; }

    /// <summary>
    /// The chain in force for a client of <paramref name="organisation"/>'s area <paramref name="area"/> (each the latest
    /// version, or null when the organisation or area has none): the national chain changed by both.
    /// </summary>
    public static ChainVersion Resolve(DecisionChainSetting? organisation, DecisionChainSetting? area)
    {
        var chain = organisation is null
            ? RegionalChains.National
            : DecisionChains.Effective(RegionalChains.National, organisation.Rules) with { Version = organisation.Version };
        return ChainVersion.Of(chain, area is null ? null : area.Rules with { Version = area.Version });
    }
}
