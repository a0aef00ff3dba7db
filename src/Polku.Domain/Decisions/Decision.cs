using Polku.Domain.Common;
using Polku.Domain.People;

namespace Polku.Domain.Decisions;

/// <summary>One step taken on a decision: by whom, on which day, and what they noted.</summary>
public sealed record DecisionStepRecord(DecisionStep Step, Guid ById, DateOnly On, string Note = "");

public enum DecisionOutcome
{
    Granted,
    PartlyGranted,
    Denied,
    Continued,
    Terminated,
}

/// <summary>
/// What a decision says (HL § 44–45): the service and its type, the outcome and period, the provisions applied, the
/// reasons naming the facts, what exactly was decided, who gives more information, and the decision's language.
/// </summary>
public sealed record DecisionContent
{
    public string TypeCode { get; init; } = "";

    /// <summary>The service decided on, when known (a named workshop, a supported housing unit).</summary>
    public string Service { get; init; } = "";

    public DecisionOutcome? Outcome { get; init; }

    public DateOnly? StartsOn { get; init; }

    /// <summary>Null for a decision until further notice, where its type allows one.</summary>
    public DateOnly? EndsOn { get; init; }

    /// <summary>Codes of the provisions applied (<c>1301/2014:17</c>).</summary>
    public IReadOnlyList<string> LegalBases { get; init; } = [];

    /// <summary>The reasons: the facts found and how the provisions apply to them (HL § 45).</summary>
    public string Reasons { get; init; } = "";

    /// <summary>What exactly was decided, as the client reads it.</summary>
    public string Decided { get; init; } = "";

    /// <summary>Who gives more information about the decision, and how to reach them.</summary>
    public string MoreInformation { get; init; } = "";

    /// <summary>fi or sv: the decision is in the client's language throughout.</summary>
    public string Language { get; init; } = "fi";

    /// <summary>The plan the decision carries out.</summary>
    public Guid? PlanId { get; init; }

    /// <summary>When the service actually started; before the decision it is flagged "given before decision".</summary>
    public DateOnly? ServiceStartedOn { get; init; }
}

/// <summary>
/// An authority decision on a client's service. It keeps the chain it was made under, moves on only by
/// <see cref="DecisionWorkflow"/>, and once signed never changes: a correction annuls it and makes a new decision.
/// </summary>
public sealed class Decision : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid ClientId { get; init; }

    /// <summary>The chain, as it was when the decision was started (a later change to the chain does not reach it).</summary>
    public required ChainVersion Chain { get; init; }

    public DecisionStatus Status { get; private set; }

    public Guid PreparerId { get; init; }

    public DateOnly StartedOn { get; init; }

    public Guid? SignerId { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string AnnulmentReason { get; private set; } = "";

    /// <summary>The decision this one continues or corrects.</summary>
    public Guid? PreviousDecisionId { get; init; }

    public DecisionContent Content
    {
        get;
        private set
        {
            field = value;
            TypeCode = value.TypeCode;
            EndsOn = value.EndsOn;
            ServiceStartedOn = value.ServiceStartedOn;
        }
    } = new();

    /// <summary>The content's type, as a column for the register's filter.</summary>
    public string TypeCode { get; private set; } = "";

    /// <summary>The content's end of term, as a column for the decisions ending soon.</summary>
    public DateOnly? EndsOn { get; private set; }

    /// <summary>The content's actual service start, as a column for counting services given before their decision.</summary>
    public DateOnly? ServiceStartedOn { get; private set; }

    /// <summary>Every step taken, in order, with who took it and what they noted (the steering group's statement, an annulment's reason).</summary>
    public List<DecisionStepRecord> History { get; private set; } = [];

    /// <summary>How and when it was delivered, and so the last day to request rectification; null until delivered.</summary>
    public AppealDates? Appeal { get; private set; }

    /// <summary>The version of the organisation's appeal instructions printed on the signed decision.</summary>
    public int? AppealInstructionVersion { get; private set; }

    public int Version { get; set; }

    public static Decision Draft(Guid organisationId, Guid clientId, ChainVersion chain, Guid preparerId, DateOnly today, DecisionContent content, Guid? previous = null) =>
        new() { OrganisationId = organisationId, ClientId = clientId, Chain = chain, PreparerId = preparerId, StartedOn = today, Content = content, PreviousDecisionId = previous };

    /// <summary>Only a draft is written; a submitted decision goes back through its chain, a signed one never changes.</summary>
    public bool IsEditable => Status == DecisionStatus.Draft;

    public void Edit(DecisionContent content)
    {
        if (!IsEditable)
        {
            throw new InvalidOperationException("Only a draft decision is edited; a signed decision is annulled and made anew.");
        }

        Content = content;
    }

    /// <summary>Whether the user may take the step now, by the decision's own chain; a refusal says who can.</summary>
    public StepOutcome Check(DecisionStep step, Guid userId, IEnumerable<Role> roles, bool clientNeedsSpecialSupport, string reason = "") =>
        step == DecisionStep.Annul
            ? DecisionWorkflow.CheckAnnulment(Chain.Chain, Status, roles, clientNeedsSpecialSupport, reason)
            : DecisionWorkflow.Check(Chain.Chain, Status, step, roles, userId == PreparerId, clientNeedsSpecialSupport);

    /// <summary>
    /// Takes the step when the chain allows it; the outcome says why not otherwise, and nothing changes then. Delivery is
    /// not taken here: it is checked with <see cref="Check"/>, ordered as a dispatch and recorded by <see cref="Delivered"/>
    /// when its channel has sent it, so there is one way a decision becomes delivered.
    /// </summary>
    public StepOutcome Take(DecisionStep step, Guid userId, IEnumerable<Role> roles, bool clientNeedsSpecialSupport, DateOnly today, string reason = "")
    {
        if (step == DecisionStep.Deliver)
        {
            throw new InvalidOperationException("A decision is delivered through a dispatch: Check the step, then record it with Delivered.");
        }

        var outcome = Check(step, userId, roles, clientNeedsSpecialSupport, reason);
        if (!outcome.IsAllowed)
        {
            return outcome;
        }

        Status = DecisionWorkflow.Next(Chain.Chain, Status, step)!.Value;
        History = [.. History, new DecisionStepRecord(step, userId, today, reason.Trim())];
        if (step == DecisionStep.Sign)
        {
            SignerId = userId;
            DecidedOn = today;
        }
        else if (step == DecisionStep.Annul)
        {
            AnnulmentReason = reason.Trim();
        }

        return outcome;
    }

    /// <summary>Records the appeal instructions the decision is signed with; done with the signing step.</summary>
    public void PrintWith(int appealInstructionVersion)
    {
        if (Status != DecisionStatus.Signed || AppealInstructionVersion is not null)
        {
            throw new InvalidOperationException("The appeal instructions are fixed once, when the decision is signed.");
        }

        AppealInstructionVersion = appealInstructionVersion;
    }

    /// <summary>
    /// A dispatch ordered through the chain was sent: the decision is delivered, and its appeal dates run from
    /// <paramref name="dates"/> (a letter posted in a print batch, an electronic message sent).
    /// </summary>
    public void Delivered(AppealDates dates, Guid orderedById)
    {
        if (Status != DecisionStatus.Signed)
        {
            throw new InvalidOperationException("Only a signed decision is delivered, and only once.");
        }

        Status = DecisionStatus.Delivered;
        Appeal = dates;
        History = [.. History, new DecisionStepRecord(DecisionStep.Deliver, orderedById, dates.SentOn, dates.Method.ToString())];
    }

    /// <summary>
    /// The field's problem of services given before their decision: the service started before the decision was made
    /// (or, while it is not yet made, before today).
    /// </summary>
    public bool GivenBeforeDecision(DateOnly today) => Content.ServiceStartedOn is { } started && started < (DecidedOn ?? today);
}
