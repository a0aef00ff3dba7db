using Polku.Domain.Common;

namespace Polku.Domain.Assessments;

public enum AssessmentStatus
{
    InProgress,
    Completed,
}

/// <summary>SHL § 37: the nature of the need for support.</summary>
public enum SupportNature
{
    Temporary,
    Recurring,
    LongTerm,
}

/// <summary>
/// A service-need assessment (palvelutarpeen arviointi). Editable while in progress; once completed it is
/// immutable, and a later change is a new assessment that refers to this one.
/// </summary>
public sealed class Assessment : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid ClientId { get; init; }

    public Guid? ReferralId { get; init; }

    public Guid? PreviousAssessmentId { get; init; }

    public Guid AuthorId { get; init; }

    public DateOnly StartedOn { get; init; }

    public DateOnly? CompletedOn { get; private set; }

    public AssessmentStatus Status { get; private set; }

    /// <summary>The need as the client puts it.</summary>
    public string ClientView { get; private set; } = "";

    public string WorkerAssessment { get; private set; } = "";

    public SupportNature? SupportNature { get; private set; }

    /// <summary>SHL § 3: special difficulty in seeking and getting the services one needs.</summary>
    public bool? SpecialSupportNeed { get; private set; }

    public List<string> SituationalFactors { get; private set; } = [];

    /// <summary>Codes of the organisation's access criteria the worker ticked.</summary>
    public List<string> CriteriaMet { get; private set; } = [];

    /// <summary>Conclusion: is social rehabilitation needed.</summary>
    public bool? RehabilitationNeeded { get; private set; }

    public string RecommendedServices { get; private set; } = "";

    public string ConclusionReasons { get; private set; } = "";

    public int Version { get; set; }

    public void Update(AssessmentContent content)
    {
        if (Status == AssessmentStatus.Completed)
        {
            throw new InvalidOperationException("A completed assessment is immutable; start a new one that refers to it.");
        }

        ClientView = content.ClientView.Trim();
        WorkerAssessment = content.WorkerAssessment.Trim();
        SupportNature = content.SupportNature;
        SpecialSupportNeed = content.SpecialSupportNeed;
        SituationalFactors = content.SituationalFactors.Distinct().ToList();
        CriteriaMet = content.CriteriaMet.Distinct().ToList();
        RehabilitationNeeded = content.RehabilitationNeeded;
        RecommendedServices = content.RecommendedServices.Trim();
        ConclusionReasons = content.ConclusionReasons.Trim();
    }

    public void Complete(DateOnly on)
    {
        if (Status == AssessmentStatus.Completed)
        {
            throw new InvalidOperationException("The assessment is already completed.");
        }

        Status = AssessmentStatus.Completed;
        CompletedOn = on;
    }

    public AssessmentContent Content => new(
        ClientView, WorkerAssessment, SupportNature, SpecialSupportNeed, SituationalFactors, CriteriaMet,
        RehabilitationNeeded, RecommendedServices, ConclusionReasons);
}

/// <summary>What a worker writes in an assessment.</summary>
public sealed record AssessmentContent(
    string ClientView,
    string WorkerAssessment,
    SupportNature? SupportNature,
    bool? SpecialSupportNeed,
    IReadOnlyList<string> SituationalFactors,
    IReadOnlyList<string> CriteriaMet,
    bool? RehabilitationNeeded,
    string RecommendedServices,
    string ConclusionReasons);
