using Polku.Domain.Common;
using Polku.Domain.Organisations;
using Polku.Domain.Services;

namespace Polku.Web.Features.Services;

/// <summary>A provider the organisation works with: a partner organisation, or one of its own units that runs services.</summary>
public sealed record ProviderRow(Guid Id, string Kind, string Code, LocalizedName Name, ProductionMode? Mode, IReadOnlyList<ProviderContact> Contacts);

public sealed record ContactInput(string? Name, string? Email, string? Phone, string? Role);

/// <summary>A new provider (code = business id) and the partnership with it; an existing provider's code links it.</summary>
public sealed record ProviderInput(string? Code, string? NameFi, string? NameSv, ProductionMode? Mode, List<ContactInput>? Contacts);

/// <summary>The catalogue's search: each filter narrows in the database; a null one does not.</summary>
public sealed record ServiceFilter(string? Language = null, int? Age = null, ServiceType? Type = null, bool HasRoom = false, bool? LowThreshold = null);

/// <summary>A service in the catalogue with what a worker needs to choose: who runs it, for whom, and how much room and queue it has.</summary>
public sealed record ServiceRow(
    Guid Id, string Code, LocalizedName Name, ServiceType Type, ProducerType Producer, string? ProviderName, string? UnitName, IReadOnlyList<string> Languages,
    int? MinAge, int? MaxAge, int? Capacity, int InService, int? FreePlaces, int Waiting, double? MedianWaitDays, bool RequiresDecision);

/// <summary>One service whole, with its figures now and over the last year.</summary>
public sealed record ServiceView(
    Guid Id, string Code, LocalizedName Name, ServiceDescription Description, ServiceType Type, ProducerType Producer, Guid? ProviderId, string? ProviderName,
    Guid? UnitId, string? UnitName, IReadOnlyList<string> Languages, int? MinAge, int? MaxAge, string TargetGroup, int? Capacity, decimal? UnitPrice,
    CommitmentUnit? PriceUnit, bool RequiresDecision, string? DecisionTypeCode, DateOnly ActiveFrom, DateOnly? ActiveUntil, int Version,
    int InService, int? FreePlaces, QueueStatistics Queue);

/// <summary>A service as written; on a change, the version read.</summary>
public sealed record ServiceInput(
    string? Code, string? NameFi, string? NameSv, string? NameEn, string? DescriptionFi, string? DescriptionSv, ServiceType? Type, ProducerType? Producer,
    Guid? ProviderId, Guid? UnitId, List<string>? Languages, int? MinAge, int? MaxAge, string? TargetGroup, int? Capacity, decimal? UnitPrice,
    CommitmentUnit? PriceUnit, bool RequiresDecision = true, string? DecisionTypeCode = null, DateOnly? ActiveFrom = null, DateOnly? ActiveUntil = null, int Version = 0);

public sealed record JoinQueueInput(Guid? ClientId, Guid? DecisionId, bool Urgent = false);

/// <summary>A step on a queue entry; the version read, when the caller wants a concurrent change refused.</summary>
public sealed record QueueStepInput(int? Version = null);

public sealed record UrgentInput(bool Urgent, int? Version = null);

/// <summary>
/// A place in a queue. The client is named only to a user who may read the client's services; to others the place
/// shows as "—" without the client's id.
/// </summary>
public sealed record QueueEntryRow(
    Guid Id, int? Place, Guid? ClientId, string ClientName, Guid ServiceId, DateOnly JoinedOn, int DaysWaited, bool Urgent, QueueStatus Status,
    DateOnly? OfferedOn, DateOnly? StartedOn, DateOnly? WithdrawnOn, Guid? DecisionId, int Version);

/// <summary>A service's queue in turn, with its waiting figures now and over the last 365 days.</summary>
public sealed record QueueView(Guid ServiceId, LocalizedName ServiceName, int? Capacity, int InService, int? FreePlaces, QueueStatistics Statistics, IReadOnlyList<QueueEntryRow> Entries);

public sealed record GuidanceInput(Guid? ServiceId, string? Note);

public sealed record GuidanceView(Guid Id, Guid ClientId, Guid ServiceId, LocalizedName ServiceName, DateOnly On, string Note, string? By);
