using System.Diagnostics.CodeAnalysis;

namespace Polku.Domain.Decisions;

/// <summary>Where a decision stands in its chain: draft → (steering group) → proposed → signed → delivered.</summary>
public enum DecisionStatus
{
    /// <summary>Being prepared; nothing decided yet.</summary>
    Draft,

    /// <summary>On the agenda of the client steering group (asiakasohjausryhmä), where the chain has one.</summary>
    SteeringGroup,

    /// <summary>Prepared and waiting for someone the chain lets sign.</summary>
    Proposed,

    /// <summary>Decided. A signed decision never changes; a correction annuls it and makes a new one.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "A signed decision, not a signed integer.")]
    Signed,

    /// <summary>Sent or handed to the client; the time to request rectification runs from here.</summary>
    Delivered,

    /// <summary>Withdrawn with a reason, usually to be replaced by a corrected decision. Final.</summary>
    Annulled,

    /// <summary>Its term ran out or a later decision ended it; set by the decision itself, not a step a user takes. Final.</summary>
    Ended,
}

/// <summary>What a user does to move a decision on.</summary>
public enum DecisionStep
{
    /// <summary>The preparer hands the draft on: to the steering group when the chain has one, else for signing.</summary>
    Submit,

    /// <summary>The steering group has dealt with the case and gives its recommendation; the decision is proposed.</summary>
    SteeringGroupReview,

    /// <summary>The decision is made: a proposal is signed, or a draft when the chain lets its preparer decide alone.</summary>
    Sign,

    Deliver,

    /// <summary>A signed decision is withdrawn with a reason; a correction is an annulment plus a new decision.</summary>
    Annul,
}
