namespace Polku.Domain.Services;

/// <summary>What a purchased service is paid by: the price is agreed per one of these, and the units are counted in it.</summary>
public enum CommitmentUnit
{
    Day,
    Visit,
    Month,
}

/// <summary>
/// A payment commitment (maksusitoumus): the promise to a provider that the organisation pays for a client's purchased
/// service, for a period and up to a number of units. It rests on a granting decision (<see cref="CommitmentRules"/>),
/// and the provider invoices against it, so its cap and its end date are what the worker watches.
/// </summary>
public sealed class PaymentCommitment : Common.IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid ClientId { get; init; }

    /// <summary>The decision the commitment carries out; a commitment is never given without one.</summary>
    public Guid DecisionId { get; init; }

    public Guid ProviderId { get; init; }

    public Guid ServiceId { get; init; }

    public DateOnly StartsOn { get; init; }

    /// <summary>The last day paid for. Moves earlier only, when the service ends early.</summary>
    public DateOnly EndsOn { get; private set; }

    /// <summary>Set when the service ended before the commitment's planned end.</summary>
    public DateOnly? EndedOn { get; private set; }

    public decimal UnitPrice { get; init; }

    public CommitmentUnit Unit { get; init; }

    /// <summary>The most units the provider may invoice; the cap that keeps the cost within the decision.</summary>
    public int MaxUnits { get; init; }

    public int UnitsUsed { get; private set; }

    /// <summary>The referral to the provider the commitment pays for, once sent.</summary>
    public Guid? ProviderReferralId { get; set; }

    /// <summary>How many days before the end the worker and the provider are warned (the organisation's setting when given).</summary>
    public int WarningDays { get; init; } = ServiceSettings.DefaultWarningDays;

    public Guid CreatedById { get; init; }

    public DateOnly CreatedOn { get; init; }

    public int Version { get; set; }

    public static PaymentCommitment Create(
        Guid clientId, Guid decisionId, Guid providerId, Guid serviceId, DateOnly startsOn, DateOnly endsOn, decimal unitPrice, CommitmentUnit unit, int maxUnits, int unitsUsed = 0,
        Guid organisationId = default, int warningDays = ServiceSettings.DefaultWarningDays, Guid createdById = default, DateOnly createdOn = default) =>
        new()
        {
            ClientId = clientId,
            DecisionId = decisionId,
            ProviderId = providerId,
            ServiceId = serviceId,
            StartsOn = startsOn,
            EndsOn = endsOn,
            UnitPrice = unitPrice,
            Unit = unit,
            MaxUnits = maxUnits,
            UnitsUsed = unitsUsed,
            OrganisationId = organisationId,
            WarningDays = warningDays,
            CreatedById = createdById,
            CreatedOn = createdOn,
        };

    /// <summary>What the invoiced units have cost so far.</summary>
    public decimal CostSoFar => UnitPrice * UnitsUsed;

    /// <summary>The most the commitment can cost: every unit it allows, used.</summary>
    public decimal MaxCost => UnitPrice * MaxUnits;

    /// <summary>Units still available under the cap; never negative, even if the provider invoiced over it.</summary>
    public int UnitsLeft => Math.Max(0, MaxUnits - UnitsUsed);

    /// <summary>
    /// The day the worker is warned of the coming end, <paramref name="warningDays"/> before it, so a continuation
    /// decision and a new commitment are made in time and the service does not break off.
    /// </summary>
    public DateOnly WarnsOn(int warningDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warningDays);
        return EndsOn.AddDays(-warningDays);
    }

    /// <summary>Whether the worker and the provider are warned today: from <see cref="WarnsOn"/> to the end, unless ended.</summary>
    public bool IsWarning(DateOnly today) => EndedOn is null && IsExpiringWithin(today, WarningDays);

    /// <summary>Whether the commitment ends today or within <paramref name="days"/> days; an ended one is not expiring.</summary>
    public bool IsExpiringWithin(DateOnly today, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return EndsOn >= today && EndsOn <= today.AddDays(days);
    }

    /// <summary>Records invoiced units.</summary>
    public void Use(int units)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        UnitsUsed += units;
    }

    /// <summary>
    /// Ending the service ends its commitment: <paramref name="on"/> is the last day paid for. It cannot end before it
    /// started, and ending never lengthens it — a longer service needs a new decision and commitment.
    /// </summary>
    public void End(DateOnly on)
    {
        if (on < StartsOn)
        {
            throw new ArgumentOutOfRangeException(nameof(on), on, "A commitment cannot end before it starts.");
        }

        if (on < EndsOn)
        {
            EndsOn = on;
        }

        EndedOn = on;
    }
}
