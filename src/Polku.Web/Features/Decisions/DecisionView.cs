using Polku.Domain.Decisions;
using Polku.Domain.Documents;

namespace Polku.Web.Features.Decisions;

/// <summary>Whether the user may take a step now; when not, why and who can, in the user's language.</summary>
public sealed record StepView(DecisionStep Step, bool Allowed, string? Refusal);

public sealed record HistoryView(DecisionStep Step, string By, DateOnly On, string Note);

public sealed record DispatchView(Guid Id, DeliveryMethod Method, DispatchStatus Status, DateTimeOffset CreatedAt, DateOnly? SentOn, IReadOnlyList<DispatchEvent> Events);

public sealed record RectificationView(
    Guid Id, DateOnly ReceivedOn, string Request, bool IsLate, string RecordedBy, RectificationOutcome Outcome, DateOnly? HandledOn, string Handling, int Version);

public sealed record DecisionView(
    Guid Id,
    Guid ClientId,
    string ClientName,
    DecisionStatus Status,
    DecisionContent Content,
    string TypeName,
    ChainVersion Chain,
    string Preparer,
    string? Signer,
    DateOnly StartedOn,
    DateOnly? DecidedOn,
    AppealDates? Appeal,
    int? AppealInstructionVersion,
    string AnnulmentReason,
    Guid? PreviousDecisionId,
    bool GivenBeforeDecision,
    IReadOnlyList<StepView> Steps,
    IReadOnlyList<HistoryView> History,
    IReadOnlyList<DispatchView> Dispatches,
    IReadOnlyList<RectificationView> RectificationRequests,
    ArchiveMetadata Archive,
    IReadOnlyList<string> PermittedActions,
    int Version);

/// <summary>A row of the register and the queues.</summary>
public sealed record DecisionRow(
    Guid Id, Guid ClientId, string ClientName, string TypeCode, string TypeName, DecisionStatus Status, DecisionOutcome? Outcome,
    DateOnly StartedOn, DateOnly? DecidedOn, DateOnly? EndsOn, string Language, bool GivenBeforeDecision);

public sealed record DecisionTypeView(
    string Code, string Name, IReadOnlyList<LegalBasisView> LegalBases, int? DefaultTermMonths, bool MayBeGrantedWithoutTerm, bool IsSocialRehabilitation);

public sealed record LegalBasisView(string Code, string Citation, DateOnly? InForceFrom, DateOnly? InForceUntil);
