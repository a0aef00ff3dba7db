using Polku.Domain.Decisions;

namespace Polku.Web.Features.Decisions;

/// <summary>
/// Starts a draft: of a type, for a plan, or carrying over a decision that is expiring (<see cref="ContinuesId"/>) or
/// was annulled to be corrected (<see cref="CorrectsId"/>).
/// </summary>
public sealed record NewDecisionInput(string? TypeCode, Guid? PlanId, Guid? ContinuesId, Guid? CorrectsId);

/// <summary>The draft as the preparer sends it whole, with the decision's <see cref="Version"/> they read.</summary>
public sealed record DecisionInput(
    string? TypeCode, string? Service, DecisionOutcome? Outcome, DateOnly? StartsOn, DateOnly? EndsOn, IReadOnlyList<string?>? LegalBases,
    string? Reasons, string? Decided, string? MoreInformation, string? Language, Guid? PlanId, DateOnly? ServiceStartedOn, int Version)
{
    public DecisionContent ToContent() => new()
    {
        TypeCode = Trim(TypeCode),
        Service = Trim(Service),
        Outcome = Outcome,
        StartsOn = StartsOn,
        EndsOn = EndsOn,
        LegalBases = (LegalBases ?? []).Select(Trim).Where(b => b.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
        Reasons = Trim(Reasons),
        Decided = Trim(Decided),
        MoreInformation = Trim(MoreInformation),
        Language = Trim(Language),
        PlanId = PlanId,
        ServiceStartedOn = ServiceStartedOn,
    };

    private static string Trim(string? text) => text?.Trim() ?? "";
}

/// <summary>A step on the decision: the version read, and the note the step needs (an annulment's reason, the steering group's statement).</summary>
public sealed record DecisionStepInput(int Version, string? Note);

public sealed record DeliveryInput(DeliveryMethod? Method, int Version);

public sealed record RectificationRequestInput(DateOnly? ReceivedOn, string? Request);

public sealed record RectificationHandlingInput(RectificationOutcome? Outcome, string? Handling, int Version);
