using Polku.Domain.Common;
using Polku.Domain.Services;

namespace Polku.Web.Features.Commitments;

/// <summary>A commitment to give from a decision; the price and the unit default to the service's.</summary>
public sealed record CommitmentInput(Guid? ServiceId, DateOnly? StartsOn, DateOnly? EndsOn, decimal? UnitPrice, CommitmentUnit? Unit, int? MaxUnits);

/// <summary>The units invoiced so far in all (not an addition), with the commitment's version read.</summary>
public sealed record UsageInput(int? UnitsUsed, int Version);

/// <summary>The last day paid for when the service ends, with the commitment's version read.</summary>
public sealed record EndInput(DateOnly? On, int Version);

/// <summary>
/// A payment commitment as its reader sees it: the period and the cap, the cost so far and the most it can cost, the
/// units left, and whether it is in its warning window today, with the client actions the user may take.
/// </summary>
public sealed record CommitmentView(
    Guid Id, Guid ClientId, string ClientName, Guid DecisionId, Guid ProviderId, LocalizedName ProviderName, Guid ServiceId, LocalizedName ServiceName,
    DateOnly StartsOn, DateOnly EndsOn, DateOnly? EndedOn, decimal UnitPrice, CommitmentUnit Unit, int MaxUnits, int UnitsUsed, decimal CostSoFar,
    decimal MaxCost, int UnitsLeft, int WarningDays, DateOnly WarnsOn, bool Warning, Guid? ProviderReferralId, int Version, IReadOnlyList<string> PermittedActions)
{
    public static CommitmentView From(PaymentCommitment c, string clientName, LocalizedName provider, LocalizedName service, DateOnly today, IReadOnlyList<string> permitted) =>
        new(c.Id, c.ClientId, clientName, c.DecisionId, c.ProviderId, provider, c.ServiceId, service, c.StartsOn, c.EndsOn, c.EndedOn, c.UnitPrice, c.Unit,
            c.MaxUnits, c.UnitsUsed, c.CostSoFar, c.MaxCost, c.UnitsLeft, c.WarningDays, c.WarnsOn(c.WarningDays), c.IsWarning(today), c.ProviderReferralId,
            c.Version, permitted);
}

/// <summary>An organisation's service settings as read and saved whole, with the version read (0 while the defaults apply).</summary>
public sealed record ServiceSettingsView(int CommitmentWarningDays, decimal? DailyActivityMoney, int? TravelCardMinSessions, int Version, bool IsDefault);

public sealed record ServiceSettingsInput(int? CommitmentWarningDays, decimal? DailyActivityMoney, int? TravelCardMinSessions, int Version);
