using Polku.Domain.Common;

namespace Polku.Domain.Plans;

public enum PlanStatus
{
    /// <summary>Being written; nothing agreed yet.</summary>
    Draft,

    /// <summary>A version is agreed and in force (a revision may be being written).</summary>
    Agreed,

    /// <summary>Social rehabilitation ended at a review.</summary>
    Ended,
}

public enum PlanVersionStatus
{
    Draft,
    Agreed,

    /// <summary>Agreed once, then replaced by a later agreed version; kept as it was.</summary>
    Superseded,
}

/// <summary>
/// A client plan (asiakassuunnitelma, SHL § 39): one plan with its versions. Only the newest version may be a draft;
/// an agreed version is never changed — a revision is a new version that starts from it.
/// </summary>
public sealed class ClientPlan : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public Guid ClientId { get; init; }

    /// <summary>The completed assessment the plan started from.</summary>
    public Guid? AssessmentId { get; init; }

    /// <summary>Why the plan started before an assessment was completed (urgent support); empty when it did not.</summary>
    public string StartReason { get; init; } = "";

    public Guid AuthorId { get; init; }

    public DateOnly CreatedOn { get; init; }

    public PlanStatus Status { get; private set; }

    /// <summary>When the plan is next reviewed: from the agreed version, then from each review.</summary>
    public DateOnly? NextReviewOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    /// <summary>When the plan or any of its versions last changed.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; set; }

    public List<PlanVersion> Versions { get; init; } = [];

    public PlanVersion Latest => Versions.MaxBy(v => v.Number)!;

    public PlanVersion? Draft => Latest is { Status: PlanVersionStatus.Draft } latest ? latest : null;

    public PlanVersion? InForce => Versions.Where(v => v.Status == PlanVersionStatus.Agreed).MaxBy(v => v.Number);

    public static ClientPlan Start(Guid organisationId, Guid clientId, Guid? assessmentId, string startReason, Guid authorId, DateOnly today, PlanContent content, DateTimeOffset now)
    {
        var plan = new ClientPlan
        {
            OrganisationId = organisationId,
            ClientId = clientId,
            AssessmentId = assessmentId,
            StartReason = startReason.Trim(),
            AuthorId = authorId,
            CreatedOn = today,
            UpdatedAt = now,
        };
        plan.Versions.Add(new PlanVersion { PlanId = plan.Id, Number = 1, AuthorId = authorId, CreatedOn = today, Content = content });
        return plan;
    }

    public void Edit(PlanContent content, DateTimeOffset now)
    {
        var draft = Draft ?? throw new InvalidOperationException("Only a draft is edited; an agreed version is revised as a new version.");
        draft.Content = content;
        UpdatedAt = now;
    }

    /// <summary>The draft becomes the agreed version in force; the one it replaces is kept as superseded.</summary>
    public void Agree(Guid by, DateOnly on, DateTimeOffset now)
    {
        var draft = Draft ?? throw new InvalidOperationException("There is no draft to agree.");
        if (InForce is { } previous)
        {
            previous.Status = PlanVersionStatus.Superseded;
        }

        draft.Status = PlanVersionStatus.Agreed;
        draft.AgreedOn = on;
        draft.AgreedById = by;
        Status = PlanStatus.Agreed;
        NextReviewOn = draft.Content.NextReviewOn;
        UpdatedAt = now;
    }

    /// <summary>Starts the next version from the one in force; the agreed version stays in force until the new one is agreed.</summary>
    public PlanVersion Revise(Guid by, DateOnly on, DateTimeOffset now)
    {
        if (Draft is not null || Status != PlanStatus.Agreed)
        {
            throw new InvalidOperationException("Only a plan in force without a draft is revised.");
        }

        var next = new PlanVersion
        {
            PlanId = Id, Number = Latest.Number + 1, AuthorId = by, CreatedOn = on, Content = InForce!.Content.ForRevision(),
        };
        Versions.Add(next);
        UpdatedAt = now;
        return next;
    }

    /// <summary>A review sets the next review date, or ends social rehabilitation.</summary>
    public void Reviewed(PlanReview review, DateTimeOffset now)
    {
        if (review.Outcome == ReviewOutcome.End)
        {
            Status = PlanStatus.Ended;
            EndedOn = review.HeldOn;
            NextReviewOn = null;
        }
        else
        {
            NextReviewOn = review.NextReviewOn;
        }

        UpdatedAt = now;
    }
}

/// <summary>One version of a plan. Its content changes only while it is a draft.</summary>
public sealed class PlanVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PlanId { get; init; }

    public int Number { get; init; }

    public PlanVersionStatus Status { get; internal set; }

    public Guid AuthorId { get; init; }

    public DateOnly CreatedOn { get; init; }

    public DateOnly? AgreedOn { get; internal set; }

    public Guid? AgreedById { get; internal set; }

    public PlanContent Content { get; internal set; } = new();
}
