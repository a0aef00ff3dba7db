using System.Collections.Frozen;
using Polku.Domain.People;

namespace Polku.Domain.Decisions;

/// <summary>
/// The national default and the demo regions' chains as seed data (seed 001 § 3, domain.md § How the regions differ).
/// Keyed by the organisation's code (Statistics Finland municipality code, or the county's) and an area's municipality code.
/// </summary>
public static class RegionalChains
{
    public const string VaasaCode = "905";
    public const string VantaaCode = "092";
    public const string PhhykyCode = "PHHYKY";
    public const string SysmaCode = "781";
    public const string HeinolaCode = "111";

    /// <summary>A social worker or counsellor prepares and decides alone; § 46 keeps special support with a social worker.</summary>
    public static DecisionChain National { get; } = new()
    {
        Preparers = [Role.SocialWorker, Role.SocialCounsellor],
        Signers = [Role.SocialWorker, Role.SocialCounsellor],
        PreparerMayDecide = true,
    };

    /// <summary>A social worker or counsellor decides; for a client in need of special support only a social worker.</summary>
    public static DecisionChain Vaasa { get; } = new()
    {
        Preparers = [Role.SocialWorker, Role.SocialCounsellor],
        Signers = [Role.SocialWorker, Role.SocialCounsellor],
        PreparerMayDecide = true,
        SpecialSupportNeedsSocialWorker = true,
    };

    /// <summary>
    /// The client steering group of leads deals with the case, the worker prepares the decision, and the leading social
    /// worker approves and signs it.
    /// </summary>
    public static DecisionChain Vantaa { get; } = new()
    {
        SteeringGroupReviews = true,
        Preparers = [Role.SocialWorker, Role.SocialCounsellor],
        Signers = [Role.LeadingSocialWorker],
        PreparerMayDecide = false,
    };

    /// <summary>A social worker decides; a counsellor may prepare for one.</summary>
    public static DecisionChain Phhyky { get; } = new()
    {
        Preparers = [Role.SocialWorker, Role.SocialCounsellor],
        Signers = [Role.SocialWorker],
        PreparerMayDecide = true,
    };

    /// <summary>Sysmä: the social director decides on what a counsellor (or a social worker) prepared.</summary>
    public static DecisionChainOverride PhhykySysma { get; } = new()
    {
        Preparers = [Role.SocialCounsellor, Role.SocialWorker],
        Signers = [Role.SocialDirector],
        PreparerMayDecide = false,
    };

    /// <summary>Heinola: a social worker or counsellor decides.</summary>
    public static DecisionChainOverride PhhykyHeinola { get; } = new()
    {
        Signers = [Role.SocialWorker, Role.SocialCounsellor],
    };

    public static FrozenDictionary<string, DecisionChain> Organisations { get; } = new Dictionary<string, DecisionChain>
    {
        [VaasaCode] = Vaasa,
        [VantaaCode] = Vantaa,
        [PhhykyCode] = Phhyky,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static FrozenDictionary<(string Organisation, string Area), DecisionChainOverride> Areas { get; } =
        new Dictionary<(string, string), DecisionChainOverride>
        {
            [(PhhykyCode, SysmaCode)] = PhhykySysma,
            [(PhhykyCode, HeinolaCode)] = PhhykyHeinola,
        }.ToFrozenDictionary();

    /// <summary>The seeded chain an organisation, or one of its areas, works by; the national default for the rest.</summary>
    public static DecisionChain For(string organisationCode, string? areaCode = null) =>
        DecisionChains.Effective(
            Organisations.GetValueOrDefault(organisationCode, National),
            areaCode is null ? null : Areas.GetValueOrDefault((organisationCode, areaCode)));
}
