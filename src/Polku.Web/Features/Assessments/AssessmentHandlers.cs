using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Assessments;
using Polku.Domain.CodeLists;
using Polku.Domain.Common;
using Polku.Domain.Documents;
using Polku.Domain.Referrals;
using Polku.Web.Features.CodeLists;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Documents;

namespace Polku.Web.Features.Assessments;

public sealed record StartAssessmentInput(Guid? ReferralId, Guid? PreviousAssessmentId);

public sealed record AssessmentInput(
    string? ClientView, string? WorkerAssessment, SupportNature? SupportNature, bool? SpecialSupportNeed,
    IReadOnlyList<string>? SituationalFactors, IReadOnlyList<string>? CriteriaMet, bool? RehabilitationNeeded,
    string? RecommendedServices, string? ConclusionReasons, int Version);

public sealed record CompleteAssessmentInput(int Version);

public sealed record CriterionView(string Code, LocalizedName Name, CriterionKind Kind, string? RequiresCode, bool Met);

public sealed record AssessmentView(
    Guid Id, Guid ClientId, string ClientName, Guid? ReferralId, DateOnly? AssessmentStartDueOn, bool? StartedOnTime,
    Guid? PreviousAssessmentId, AssessmentStatus Status, DateOnly StartedOn, DateOnly? CompletedOn, string Author,
    string ClientView, string WorkerAssessment, SupportNature? SupportNature, bool? SpecialSupportNeed,
    IReadOnlyList<string> SituationalFactors, IReadOnlyList<CriterionView> Criteria, bool? RehabilitationNeeded,
    string RecommendedServices, string ConclusionReasons, int Version, IReadOnlyList<string> PermittedActions,
    ReferralSummary? Referral, bool ClientHasResponsibleWorker, ArchiveMetadata? Archive = null);

/// <summary>The referral an assessment started from, shown beside the form: who sent it and what they wrote.</summary>
public sealed record ReferralSummary(string Source, DateOnly ReceivedOn, string Description, string NotifierName, string NotifierOrganisation);

/// <summary>The service-need assessment (palvelutarpeen arviointi): started, written, completed and then kept as it was.</summary>
public sealed class AssessmentHandlers(PolkuDbContext db, ClientAccess access, CodeListQuery codes, AuditLog audit, DocumentArchive archive, Clock clock, IStringLocalizer<Strings> l)
{
    public async Task<Result<AssessmentView>> StartAsync(CurrentUser user, Guid clientId, StartAssessmentInput input, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.AssessmentWrite, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<AssessmentView>.Refused(check);
        }

        Referral? referral = null;
        if (input.ReferralId is { } referralId)
        {
            referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId && r.ClientId == clientId, cancellationToken);
            if (referral is null || referral.Status != ReferralStatus.Open)
            {
                return Result<AssessmentView>.Invalid("referralId", l["Assessments.ReferralNotOpen"]);
            }
        }

        Assessment? previous = null;
        if (input.PreviousAssessmentId is { } previousId)
        {
            previous = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == previousId && a.ClientId == clientId, cancellationToken);
            if (previous is not { Status: AssessmentStatus.Completed })
            {
                return Result<AssessmentView>.Invalid("previousAssessmentId", l["Assessments.PreviousNotCompleted"]);
            }
        }

        var assessment = new Assessment
        {
            OrganisationId = user.OrganisationId,
            ClientId = clientId,
            ReferralId = referral?.Id,
            PreviousAssessmentId = previous?.Id,
            AuthorId = user.Id,
            StartedOn = clock.Today,
        };
        if (previous is not null)
        {
            // A new assessment starts from the old one's content; the old one stays as it was.
            assessment.Update(previous.Content);
        }

        db.Assessments.Add(assessment);
        referral?.StartAssessment(assessment.Id);
        audit.Stage(Actions.AssessmentWrite, clientId);
        await db.SaveChangesAsync(cancellationToken);
        audit.Read(clientId);
        return Result<AssessmentView>.Created(await ViewAsync(user, assessment.Id, check.PermittedActions, cancellationToken));
    }

    public async Task<Result<AssessmentView>> UpdateAsync(CurrentUser user, Guid id, AssessmentInput input, CancellationToken cancellationToken)
    {
        var (refusal, assessment, permitted) = await EditableAsync(user, Actions.AssessmentWrite, id, cancellationToken);
        if (assessment is null)
        {
            return refusal!;
        }

        var validation = new Validation(l);
        validation.MaxLength("clientView", input.ClientView, TextLimits.LongText);
        validation.MaxLength("workerAssessment", input.WorkerAssessment, TextLimits.LongText);
        validation.MaxLength("recommendedServices", input.RecommendedServices, TextLimits.Text);
        validation.MaxLength("conclusionReasons", input.ConclusionReasons, TextLimits.Text);
        var factors = input.SituationalFactors ?? [];
        if (await codes.CountValidAsync(user, CodeListNames.SituationalFactors, factors, cancellationToken) != factors.Distinct().Count())
        {
            validation.Add("situationalFactors", "Validation.UnknownCode");
        }

        var criteria = input.CriteriaMet ?? [];
        var knownCriteria = await db.AccessCriteria.Where(c => c.OrganisationId == user.OrganisationId && c.Active && criteria.Contains(c.Code)).CountAsync(cancellationToken);
        if (knownCriteria != criteria.Distinct().Count())
        {
            validation.Add("criteriaMet", "Validation.UnknownCode");
        }

        if (!validation.IsValid)
        {
            return Result<AssessmentView>.Invalid(validation.Errors);
        }

        db.ExpectVersion(assessment, input.Version);
        assessment.Update(new AssessmentContent(
            input.ClientView ?? "", input.WorkerAssessment ?? "", input.SupportNature, input.SpecialSupportNeed, factors, criteria,
            input.RehabilitationNeeded, input.RecommendedServices ?? "", input.ConclusionReasons ?? ""));
        audit.Stage(Actions.AssessmentWrite, assessment.ClientId);
        return await SaveAsync(user, assessment, permitted, cancellationToken);
    }

    /// <summary>
    /// Completes the assessment when it says all the law asks and the organisation's access criteria allow its conclusion;
    /// from then on it is immutable. Closes the referral and carries the § 3 finding to the client.
    /// </summary>
    public async Task<Result<AssessmentView>> CompleteAsync(CurrentUser user, Guid id, CompleteAssessmentInput input, CancellationToken cancellationToken)
    {
        var (refusal, assessment, permitted) = await EditableAsync(user, Actions.AssessmentComplete, id, cancellationToken);
        if (assessment is null)
        {
            return refusal!;
        }

        var client = await db.Clients.SingleAsync(c => c.Id == assessment.ClientId, cancellationToken);
        var criteria = await db.AccessCriteria.AsNoTracking().Where(c => c.OrganisationId == client.OrganisationId && c.Active).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var problems = CompletionRule.Check(assessment, client.ResponsibleWorkerId is not null, criteria);
        if (problems.Count > 0)
        {
            return Result<AssessmentView>.Invalid(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(Message).Distinct().ToArray()));
        }

        db.ExpectVersion(assessment, input.Version);
        assessment.Complete(clock.Today);
        client.NeedsSpecialSupport = assessment.SpecialSupportNeed == true;
        if (assessment.ReferralId is { } referralId)
        {
            (await db.Referrals.SingleAsync(r => r.Id == referralId, cancellationToken)).Close();
        }

        audit.Stage(Actions.AssessmentComplete, assessment.ClientId);
        return await SaveAsync(user, assessment, permitted, cancellationToken);
    }

    public sealed record Summary(Guid Id, DateOnly StartedOn, DateOnly? CompletedOn, AssessmentStatus Status, bool? RehabilitationNeeded);

    /// <summary>The client an assessment belongs to, for pointing a refused user to that client's stated-reason page.</summary>
    public Task<Guid?> ClientOfAsync(Guid id, CancellationToken cancellationToken) =>
        db.Assessments.Where(a => a.Id == id).Select(a => (Guid?)a.ClientId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>One assessment with the organisation's access criteria and the actions permitted on it; the read is audited.</summary>
    public async Task<Result<AssessmentView>> GetAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var clientId = await ClientOfAsync(id, cancellationToken);
        if (clientId is null)
        {
            return Result<AssessmentView>.NotFound();
        }

        var check = await access.CheckAsync(user, Actions.AssessmentRead, clientId.Value, cancellationToken);
        if (!check.Allowed)
        {
            return Result<AssessmentView>.Refused(check);
        }

        audit.Read(clientId.Value);
        return Result<AssessmentView>.Ok(await ViewAsync(user, id, check.PermittedActions, cancellationToken));
    }

    /// <summary>The assessment, tracked for a change, when the user may take the action on its client and it is still in progress.</summary>
    private async Task<(Result<AssessmentView>? Refusal, Assessment? Assessment, IReadOnlyList<string> Permitted)> EditableAsync(
        CurrentUser user, string action, Guid id, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        var check = assessment is null ? null : await access.CheckAsync(user, action, assessment.ClientId, cancellationToken);
        return check switch
        {
            null => (Result<AssessmentView>.NotFound(), null, []),
            { Allowed: false } => (Result<AssessmentView>.Refused(check), null, []),
            _ when assessment!.Status == AssessmentStatus.Completed => (Result<AssessmentView>.Conflict(l["Assessments.Immutable"]), null, []),
            _ => (null, assessment, check.PermittedActions),
        };
    }

    private string Message(CompletionProblem problem)
    {
        var language = Infrastructure.Localization.UiLanguage.Current;
        return problem switch
        {
            { Refusal: CompletionRefusal.LongTermNeedsResponsibleWorker } => l["Assessments.LongTermNeedsWorker"],
            { Shortfall: { Missing: { } missing } shortfall } => l["Assessments.CriterionRequires", shortfall.Criterion.Name.In(language), missing.Name.In(language)],
            { Shortfall: { } shortfall } when shortfall.Criterion.Kind == CriterionKind.AnyOf => l["Assessments.CriterionAnyOf", shortfall.Criterion.Name.In(language)],
            { Shortfall: { } shortfall } => l["Assessments.CriterionRequired", shortfall.Criterion.Name.In(language)],
            _ => l["Validation.Required"],
        };
    }

    private async Task<Result<AssessmentView>> SaveAsync(CurrentUser user, Assessment assessment, IReadOnlyList<string> permitted, CancellationToken cancellationToken)
    {
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return Result<AssessmentView>.Conflict(l["Problem.Conflict"]);
        }

        audit.Read(assessment.ClientId);
        return Result<AssessmentView>.Ok(await ViewAsync(user, assessment.Id, permitted, cancellationToken));
    }

    private async Task<AssessmentView> ViewAsync(CurrentUser user, Guid id, IReadOnlyList<string> permitted, CancellationToken cancellationToken)
    {
        var row = await db.Assessments.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new
            {
                Assessment = a,
                Client = db.Clients.Where(c => c.Id == a.ClientId).Select(c => c.LastName + " " + c.FirstNames).First(),
                HasWorker = db.Clients.Any(c => c.Id == a.ClientId && c.ResponsibleWorkerId != null),
                Author = db.Employees.Where(e => e.Id == a.AuthorId).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        var a = row.Assessment;
        // Its own query: several columns of an optional row inside the projection would make the database number every referral.
        var referral = a.ReferralId is { } referralId
            ? await db.Referrals.AsNoTracking().Where(r => r.Id == referralId)
                .Select(r => new { r.AssessmentStartDueOn, r.SourceCode, r.ReceivedOn, r.Description, r.NotifierName, r.NotifierOrganisation })
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        var sources = referral is null ? new Dictionary<string, LocalizedName>() : await codes.NamesAsync(a.OrganisationId, CodeListNames.ReferralSources, cancellationToken);
        var due = referral?.AssessmentStartDueOn;
        var criteria = await db.AccessCriteria.AsNoTracking().Where(c => c.OrganisationId == a.OrganisationId)
            .OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        return new AssessmentView(
            a.Id, a.ClientId, row.Client, a.ReferralId, due, due is { } deadline ? a.StartedOn <= deadline : null,
            a.PreviousAssessmentId, a.Status, a.StartedOn, a.CompletedOn, row.Author ?? "",
            a.ClientView, a.WorkerAssessment, a.SupportNature, a.SpecialSupportNeed, a.SituationalFactors,
            criteria.Where(c => c.Active || a.CriteriaMet.Contains(c.Code))
                .Select(c => new CriterionView(c.Code, c.Name, c.Kind, c.RequiresCode, a.CriteriaMet.Contains(c.Code))).ToList(),
            a.RehabilitationNeeded, a.RecommendedServices, a.ConclusionReasons, a.Version, permitted,
            referral is null ? null : new ReferralSummary(
                sources.TryGetValue(referral.SourceCode, out var name) ? name.In(Infrastructure.Localization.UiLanguage.Current) : referral.SourceCode,
                referral.ReceivedOn, referral.Description, referral.NotifierName, referral.NotifierOrganisation),
            row.HasWorker,
            await archive.ForAsync(DocumentType.ServiceNeedAssessment, a.ClientId, cancellationToken));
    }
}
