namespace Polku.Domain.Plans;

public enum ReviewOutcome
{
    Continue,
    ChangePlan,

    /// <summary>Social rehabilitation ends; the plan closes.</summary>
    End,
}

public enum ReviewParticipant
{
    Client,
    Worker,
    Provider,
    Network,
}

/// <summary>How a service or method helped, as AVAIN asks at each review — what later tells whether a purchased service works.</summary>
public enum ServiceEffect
{
    Helped,
    Partly,
    DidNotHelp,
    NotStarted,
}

public enum FactorChange
{
    Improved,
    Unchanged,
    Worsened,
}

/// <summary>A goal's attainment at a review, −2…+2.</summary>
public sealed record GoalRating(Guid GoalKey, int Level, string Comment);

/// <summary>The evaluation of one planned service or method (by its key in the plan version).</summary>
public sealed record ServiceEvaluation(Guid Key, ServiceEffect Effect, string Comment);

public sealed record FactorEvaluation(string Code, FactorChange Change, string Comment);

/// <summary>What a review records beyond its date, outcome and score.</summary>
public sealed record ReviewContent
{
    public IReadOnlyList<ReviewParticipant> Participants { get; init; } = [];

    /// <summary>Who took part, by name or role (the provider's instructor, the housing counsellor…).</summary>
    public string ParticipantNames { get; init; } = "";

    public IReadOnlyList<GoalRating> Goals { get; init; } = [];

    public IReadOnlyList<ServiceEvaluation> Services { get; init; } = [];

    public IReadOnlyList<FactorEvaluation> Factors { get; init; } = [];

    public string ClientSummary { get; init; } = "";

    public string WorkerSummary { get; init; } = "";
}

/// <summary>A follow-up review of the plan version in force: recorded once and kept as it was.</summary>
public sealed class PlanReview
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid PlanId { get; init; }

    public Guid ClientId { get; init; }

    /// <summary>The agreed version whose goals were rated.</summary>
    public int PlanVersionNumber { get; init; }

    public DateOnly HeldOn { get; init; }

    public ReviewOutcome Outcome { get; init; }

    public DateOnly? NextReviewOn { get; init; }

    /// <summary>The Goal Attainment Scaling T-score of the ratings with the version's weights.</summary>
    public double? TScore { get; init; }

    public ReviewContent Content { get; init; } = new();

    public Guid AuthorId { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public static PlanReview Of(ClientPlan plan, PlanVersion version, DateOnly heldOn, ReviewOutcome outcome, DateOnly? nextReviewOn, ReviewContent content, Guid authorId, DateTimeOffset now)
    {
        var weights = version.Content.Goals.ToDictionary(g => g.Key, g => g.Weight);
        return new PlanReview
        {
            OrganisationId = plan.OrganisationId,
            PlanId = plan.Id,
            ClientId = plan.ClientId,
            PlanVersionNumber = version.Number,
            HeldOn = heldOn,
            Outcome = outcome,
            NextReviewOn = outcome == ReviewOutcome.End ? null : nextReviewOn,
            TScore = GoalAttainment.TScore(content.Goals.Select(g => (g.Level, weights[g.GoalKey])).ToList()) is { } t ? Math.Round(t, 1) : null,
            Content = content,
            AuthorId = authorId,
            RecordedAt = now,
        };
    }
}
