using Polku.Domain.People;

namespace Polku.Domain.Decisions;

public enum StepRefusal
{
    /// <summary>The step does not start from the decision's status (a draft is not delivered, a proposal not submitted).</summary>
    WrongState,

    /// <summary>None of the user's roles is one the chain lets take the step.</summary>
    RoleNotAllowed,

    /// <summary>SHL § 46: the user's role may sign in this chain, but not for a client in need of special support.</summary>
    SpecialSupportNeedsSocialWorker,

    /// <summary>The chain wants someone other than the preparer to sign.</summary>
    PreparerMayNotSign,

    /// <summary>An annulment says why.</summary>
    ReasonRequired,
}

/// <summary>Whether a user may take a step; a refusal says why and which roles could (so the page can say who to ask).</summary>
public abstract record StepOutcome
{
    private StepOutcome()
    {
    }

    public sealed record Allowed : StepOutcome;

    /// <summary><paramref name="WhoCan"/> in <see cref="Role"/> order; empty when no one can take the step now.</summary>
    public sealed record Refused(StepRefusal Reason, IReadOnlyList<Role> WhoCan) : StepOutcome;

    public bool IsAllowed => this is Allowed;
}
