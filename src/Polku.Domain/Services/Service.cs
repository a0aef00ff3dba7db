using Polku.Domain.Common;

namespace Polku.Domain.Services;

/// <summary>What kind of support a service gives; the service paths are drawn in these steps.</summary>
public enum ServiceType
{
    IndividualGuidance,
    GroupActivity,
    WorkActivity,
    Workshop,
    DayActivity,
    HomeRehabilitation,
    SupportedHousing,
    WorkTrial,
    WageSubsidy,
    OpenLabourMarket,
}

/// <summary>Who produces a service: the organisation itself, a provider it buys from, or a third-sector partner.</summary>
public enum ProducerType
{
    Own,
    Purchased,
    ThirdSector,
}

/// <summary>A service description (palvelukuvaus) in the two languages a client may be served in.</summary>
public sealed record ServiceDescription(string Fi, string Sv)
{
    public string In(string language) => language == "sv" && Sv.Length > 0 ? Sv : Fi;
}

/// <summary>
/// A service in an organisation's catalogue: what a worker arranges for a client. Own services name the unit that
/// runs them, purchased and third-sector ones the provider. Low-threshold services need no decision.
/// </summary>
public sealed class Service : IVersioned, IReferenceData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    /// <summary>Short code unique in the organisation, e.g. "upseeri".</summary>
    public required string Code { get; set; }

    public required LocalizedName Name { get; set; }

    public ServiceDescription Description { get; set; } = new("", "");

    public ServiceType Type { get; set; }

    public ProducerType Producer { get; set; }

    /// <summary>The provider organisation of a purchased or third-sector service.</summary>
    public Guid? ProviderId { get; set; }

    /// <summary>The own unit that runs an own service.</summary>
    public Guid? UnitId { get; set; }

    /// <summary>The languages the service is given in ("fi", "sv", "en").</summary>
    public List<string> Languages { get; set; } = ["fi"];

    public int? MinAge { get; set; }

    public int? MaxAge { get; set; }

    public string TargetGroup { get; set; } = "";

    /// <summary>How many clients the service takes at once; null when it is not limited (an open group).</summary>
    public int? Capacity { get; set; }

    public decimal? UnitPrice { get; set; }

    public CommitmentUnit? PriceUnit { get; set; }

    /// <summary>False for a low-threshold service: the client is guided there, and no decision is made.</summary>
    public bool RequiresDecision { get; set; } = true;

    /// <summary>The decision type that grants this service, when it requires one.</summary>
    public string? DecisionTypeCode { get; set; }

    public DateOnly ActiveFrom { get; set; }

    public DateOnly? ActiveUntil { get; set; }

    public int Version { get; set; }

    public bool IsActiveOn(DateOnly day) => ActiveFrom <= day && (ActiveUntil is null || day <= ActiveUntil);

    /// <summary>Whether a client of this age fits the service's age range; an unknown age fits.</summary>
    public bool FitsAge(int? age) => age is null || ((MinAge is null || age >= MinAge) && (MaxAge is null || age <= MaxAge));
}
