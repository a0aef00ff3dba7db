namespace Polku.Domain.Decisions;

/// <summary>
/// The chain a decision was made under, kept with the decision: the organisation's chain version, the area override's
/// version when the decision belongs to an area that has one, and the effective chain as it then was. A decision is
/// always checked against its own <see cref="Chain"/>, so changing the organisation's chain later does not change who
/// may move it on.
/// </summary>
public sealed record ChainVersion(int Number, int? AreaNumber, DecisionChain Chain)
{
    public static ChainVersion Of(DecisionChain organisation, DecisionChainOverride? area = null) =>
        new(organisation.Version, area?.Version, DecisionChains.Effective(organisation, area));
}
