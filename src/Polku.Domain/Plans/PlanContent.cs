namespace Polku.Domain.Plans;

/// <summary>How much support the client gets for now; it may change from one version of the plan to the next.</summary>
public enum SupportLevel
{
    Intensive,
    Basic,
    Light,
}

/// <summary>Whether the client agrees with the plan made with them (SHL § 39: the client's own view is recorded).</summary>
public enum ClientAgreement
{
    Agrees,
    PartlyAgrees,
    Disagrees,
}

/// <summary>
/// What one version of a client plan (asiakassuunnitelma, SHL § 39) says. The four evaluable parts follow THL's
/// AVAIN: goals, situational factors, services and methods. Stored whole with its version, so an agreed version
/// keeps exactly what was agreed.
/// </summary>
public sealed record PlanContent
{
    /// <summary>The need as the client puts it.</summary>
    public string ClientView { get; init; } = "";

    /// <summary>The need as the worker assesses it.</summary>
    public string WorkerAssessment { get; init; } = "";

    public string ClientStrengths { get; init; } = "";

    public string WorkerStrengths { get; init; } = "";

    /// <summary>What the client commits to do.</summary>
    public string ClientCommitments { get; init; } = "";

    /// <summary>How often worker and client meet, in words ("every other week").</summary>
    public string MeetingFrequency { get; init; } = "";

    /// <summary>Social rehabilitation always has a start and an expected end.</summary>
    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    public SupportLevel? SupportLevel { get; init; }

    public DateOnly? NextReviewOn { get; init; }

    public IReadOnlyList<PlanGoal> Goals { get; init; } = [];

    public IReadOnlyList<PlanFactor> SituationalFactors { get; init; } = [];

    public IReadOnlyList<PlanService> Services { get; init; } = [];

    public IReadOnlyList<PlanMethod> Methods { get; init; } = [];

    public IReadOnlyList<NetworkMember> NetworkMembers { get; init; } = [];

    /// <summary>People close to the client who support them.</summary>
    public IReadOnlyList<Supporter> Supporters { get; init; } = [];

    public bool ClientParticipated { get; init; }

    public ClientAgreement? ClientAgreement { get; init; }

    /// <summary>The client's own words, above all when they do not agree.</summary>
    public string ClientComment { get; init; } = "";

    /// <summary>A revision starts from this content, without the agreement given to the version it revises.</summary>
    public PlanContent ForRevision() => this with { ClientParticipated = false, ClientAgreement = null, ClientComment = "" };
}

/// <summary>
/// A goal set with the client, rated by Goal Attainment Scaling. <see cref="Key"/> stays the same across versions, so
/// reviews follow one goal through revisions. <see cref="Levels"/> describes the five levels −2, −1, 0, +1, +2 in that
/// order; 0 is the expected outcome.
/// </summary>
public sealed record PlanGoal(Guid Key, string Title, string? AreaCode, int Weight, int Baseline, IReadOnlyList<string> Levels)
{
    public string LevelText(int level) => Levels[level - GoalAttainment.Lowest];
}

/// <summary>A situational factor (AVAIN) that bears on the goals, with what the worker noted about it.</summary>
public sealed record PlanFactor(string Code, string Note);

/// <summary>A service or support planned, with its start and expected end.</summary>
public sealed record PlanService(Guid Key, string Code, string Description, DateOnly? StartsOn, DateOnly? ExpectedEndOn);

/// <summary>A working method (AVAIN): home visits, going along, group work…</summary>
public sealed record PlanMethod(Guid Key, string Code, string Description);

/// <summary>A member of the client's network and what they are responsible for.</summary>
public sealed record NetworkMember(string Name, string Organisation, string Responsibility);

public sealed record Supporter(string Name, string Relationship);
