using Polku.Domain.Documents;
using Polku.Domain.Plans;

namespace Polku.Web.Features.Plans;

public sealed record StartPlanInput(Guid? AssessmentId, string? StartReason);

public sealed record GoalInput(Guid? Key, string? Title, string? AreaCode, int? Weight, int? Baseline, IReadOnlyList<string?>? Levels);

public sealed record FactorInput(string? Code, string? Note);

public sealed record ServiceInput(Guid? Key, string? Code, string? Description, DateOnly? StartsOn, DateOnly? ExpectedEndOn);

public sealed record MethodInput(Guid? Key, string? Code, string? Description);

public sealed record NetworkMemberInput(string? Name, string? Organisation, string? Responsibility);

public sealed record SupporterInput(string? Name, string? Relationship);

/// <summary>The draft as the editor sends it whole, with the plan's <see cref="Version"/> they read.</summary>
public sealed record PlanInput(
    string? ClientView, string? WorkerAssessment, string? ClientStrengths, string? WorkerStrengths, string? ClientCommitments,
    string? MeetingFrequency, DateOnly? StartsOn, DateOnly? EndsOn, SupportLevel? SupportLevel, DateOnly? NextReviewOn,
    IReadOnlyList<GoalInput?>? Goals, IReadOnlyList<FactorInput?>? SituationalFactors, IReadOnlyList<ServiceInput?>? Services,
    IReadOnlyList<MethodInput?>? Methods, IReadOnlyList<NetworkMemberInput?>? NetworkMembers, IReadOnlyList<SupporterInput?>? Supporters,
    bool? ClientParticipated, ClientAgreement? ClientAgreement, string? ClientComment, int Version)
{
    /// <summary>The content this input says; missing entries in lists are dropped, new goals and services get their keys.</summary>
    public PlanContent ToContent() => new()
    {
        ClientView = Trim(ClientView),
        WorkerAssessment = Trim(WorkerAssessment),
        ClientStrengths = Trim(ClientStrengths),
        WorkerStrengths = Trim(WorkerStrengths),
        ClientCommitments = Trim(ClientCommitments),
        MeetingFrequency = Trim(MeetingFrequency),
        StartsOn = StartsOn,
        EndsOn = EndsOn,
        SupportLevel = SupportLevel,
        NextReviewOn = NextReviewOn,
        Goals = Present(Goals).Select(g => new PlanGoal(
            g.Key ?? Guid.CreateVersion7(), Trim(g.Title), Blank(g.AreaCode), g.Weight ?? 1, g.Baseline ?? -1,
            (g.Levels ?? []).Select(Trim).ToList())).ToList(),
        SituationalFactors = Present(SituationalFactors).Select(f => new PlanFactor(Trim(f.Code), Trim(f.Note))).ToList(),
        Services = Present(Services).Select(s => new PlanService(s.Key ?? Guid.CreateVersion7(), Trim(s.Code), Trim(s.Description), s.StartsOn, s.ExpectedEndOn)).ToList(),
        Methods = Present(Methods).Select(m => new PlanMethod(m.Key ?? Guid.CreateVersion7(), Trim(m.Code), Trim(m.Description))).ToList(),
        NetworkMembers = Present(NetworkMembers).Select(n => new NetworkMember(Trim(n.Name), Trim(n.Organisation), Trim(n.Responsibility))).ToList(),
        Supporters = Present(Supporters).Select(s => new Supporter(Trim(s.Name), Trim(s.Relationship))).ToList(),
        ClientParticipated = ClientParticipated ?? false,
        ClientAgreement = ClientAgreement,
        ClientComment = Trim(ClientComment),
    };

    private static IEnumerable<T> Present<T>(IReadOnlyList<T?>? items)
        where T : class => (items ?? []).OfType<T>();

    private static string Trim(string? text) => text?.Trim() ?? "";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed record PlanVersionInput(int Version);

public sealed record VersionSummary(int Number, PlanVersionStatus Status, DateOnly CreatedOn, DateOnly? AgreedOn);

/// <summary>One version as written or agreed; <see cref="Archive"/> is its archive metadata (service task, type, records-plan class, publicity, retention).</summary>
public sealed record PlanVersionView(
    int Number, PlanVersionStatus Status, DateOnly CreatedOn, DateOnly? AgreedOn, string Author, string? AgreedBy, PlanContent Content, ArchiveMetadata? Archive = null);

/// <summary>A review as the plan lists it; <see cref="GasTScore"/> is the Goal Attainment Scaling T-score.</summary>
public sealed record ReviewView(
    Guid Id, Guid PlanId, int PlanVersionNumber, DateOnly HeldOn, ReviewOutcome Outcome, DateOnly? NextReviewOn, double? GasTScore,
    ReviewContent Content, string Author);

/// <summary>
/// A plan with the version to show (the draft when there is one, else the version in force), every version's summary,
/// its reviews and what the user may do with it.
/// </summary>
public sealed record PlanView(
    Guid Id, Guid ClientId, string ClientName, string ClientLanguage, Guid? AssessmentId, string StartReason, PlanStatus Status,
    DateOnly CreatedOn, DateOnly? NextReviewOn, DateOnly? EndedOn, int Version, PlanVersionView Current, int? InForceNumber,
    IReadOnlyList<VersionSummary> Versions, IReadOnlyList<ReviewView> Reviews, int ReviewMaxMonths, ArchiveMetadata Archive, IReadOnlyList<string> PermittedActions);
