using Polku.Domain.Decisions;
using Polku.Domain.People;

namespace Polku.Domain.Tests.Decisions;

internal static class Outcomes
{
    public static StepOutcome Check(
        DecisionChain chain, DecisionStatus status, DecisionStep step, Role role, bool preparer = false, bool specialSupport = false) =>
        DecisionWorkflow.Check(chain, status, step, [role], preparer, specialSupport);

    public static void AssertAllowed(StepOutcome outcome) => Assert.IsType<StepOutcome.Allowed>(outcome);

    public static void AssertRefused(StepOutcome outcome, StepRefusal reason, params Role[] whoCan)
    {
        var refused = Assert.IsType<StepOutcome.Refused>(outcome);
        Assert.Equal(reason, refused.Reason);
        Assert.Equal(whoCan, refused.WhoCan);
    }
}
