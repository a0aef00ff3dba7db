namespace Polku.Domain.Services;

/// <summary>
/// An organisation's rules for arranging services. The national defaults apply until the organisation saves its own:
/// warn 30 days before a payment commitment ends, and pay no allowances.
/// </summary>
public sealed class ServiceSettings : Common.IVersioned
{
    public const int DefaultWarningDays = 30;

    public Guid OrganisationId { get; init; }

    /// <summary>How many days before a commitment ends the worker and the provider are warned.</summary>
    public int CommitmentWarningDays { get; set; } = DefaultWarningDays;

    /// <summary>Activity money per day attended in an allowance group (Espoo: 9 €); null pays none.</summary>
    public decimal? DailyActivityMoney { get; set; }

    /// <summary>The sessions a month a client attends to earn a travel card; null gives none.</summary>
    public int? TravelCardMinSessions { get; set; }

    public int Version { get; set; }
}
