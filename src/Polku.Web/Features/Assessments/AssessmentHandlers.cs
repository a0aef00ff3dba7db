using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Assessments;
using Polku.Domain.CodeLists;
using Polku.Domain.Common;
using Polku.Domain.Referrals;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

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
    string RecommendedServices, string ConclusionReasons, int Version);

/// <summary>The service-need assessment (palvelutarpeen arviointi): started, written, completed and then kept as it was.</summary>
public sealed class AssessmentHandlers(PolkuDbContext db, AuditLog audit, Clock clock, IStringLocalizer<Strings> l)
{
    public const int LongTextMaxLength = 8000;
    public const int TextMaxLength = 4000;

    public async Task<Result<AssessmentView>> StartAsync(CurrentUser user, Guid clientId, StartAssessmentInput input, CancellationToken cancellationToken)
    {
        if (!await db.VisibleClients(user).AnyAsync(c => c.Id == clientId, cancellationToken))
        {
            return Result<AssessmentView>.NotFound();
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
        if (referral is not null)
        {
            referral.Status = ReferralStatus.AssessmentStarted;
            referral.AssessmentId = assessment.Id;
        }

        audit.Stage(Actions.AssessmentWrite, clientId);
        await db.SaveChangesAsync(cancellationToken);
        return Result<AssessmentView>.Created((await ViewAsync(user, assessment.Id, cancellationToken))!);
    }

    public async Task<Result<AssessmentView>> UpdateAsync(CurrentUser user, Guid id, AssessmentInput input, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.SingleOrDefaultAsync(a => a.Id == id && a.OrganisationId == user.OrganisationId, cancellationToken);
        if (assessment is null)
        {
            return Result<AssessmentView>.NotFound();
        }

        if (assessment.Status == AssessmentStatus.Completed)
        {
            return Result<AssessmentView>.Conflict(l["Assessments.Immutable"]);
        }

        var validation = new Validation(l);
        validation.MaxLength("clientView", input.ClientView, LongTextMaxLength);
        validation.MaxLength("workerAssessment", input.WorkerAssessment, LongTextMaxLength);
        validation.MaxLength("recommendedServices", input.RecommendedServices, TextMaxLength);
        validation.MaxLength("conclusionReasons", input.ConclusionReasons, TextMaxLength);
        var factors = input.SituationalFactors ?? [];
        var knownFactors = await db.CodeListEntries.Where(e => e.List == CodeListNames.SituationalFactors && factors.Contains(e.Code)).CountAsync(cancellationToken);
        if (knownFactors != factors.Distinct().Count())
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

        db.Entry(assessment).Property(a => a.Version).OriginalValue = input.Version;
        assessment.Update(new AssessmentContent(
            input.ClientView ?? "", input.WorkerAssessment ?? "", input.SupportNature, input.SpecialSupportNeed, factors, criteria,
            input.RehabilitationNeeded, input.RecommendedServices ?? "", input.ConclusionReasons ?? ""));
        audit.Stage(Actions.AssessmentWrite, assessment.ClientId);
        return await SaveAsync(user, assessment, cancellationToken);
    }

    /// <summary>
    /// Completes the assessment when it says all the law asks and the organisation's access criteria allow its conclusion;
    /// from then on it is immutable. Closes the referral and carries the § 3 finding to the client.
    /// </summary>
    public async Task<Result<AssessmentView>> CompleteAsync(CurrentUser user, Guid id, CompleteAssessmentInput input, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.SingleOrDefaultAsync(a => a.Id == id && a.OrganisationId == user.OrganisationId, cancellationToken);
        if (assessment is null)
        {
            return Result<AssessmentView>.NotFound();
        }

        if (assessment.Status == AssessmentStatus.Completed)
        {
            return Result<AssessmentView>.Conflict(l["Assessments.Immutable"]);
        }

        var client = await db.Clients.SingleAsync(c => c.Id == assessment.ClientId, cancellationToken);
        var criteria = await db.AccessCriteria.AsNoTracking().Where(c => c.OrganisationId == user.OrganisationId && c.Active).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var validation = CompletionRules(assessment, client.ResponsibleWorkerId is not null, criteria);
        if (!validation.IsValid)
        {
            return Result<AssessmentView>.Invalid(validation.Errors);
        }

        db.Entry(assessment).Property(a => a.Version).OriginalValue = input.Version;
        assessment.Complete(clock.Today);
        client.NeedsSpecialSupport = assessment.SpecialSupportNeed == true;
        if (assessment.ReferralId is { } referralId)
        {
            var referral = await db.Referrals.SingleAsync(r => r.Id == referralId, cancellationToken);
            referral.Status = ReferralStatus.Closed;
        }

        audit.Stage(Actions.AssessmentComplete, assessment.ClientId);
        return await SaveAsync(user, assessment, cancellationToken);
    }

    public sealed record Summary(Guid Id, DateOnly StartedOn, DateOnly? CompletedOn, AssessmentStatus Status, bool? RehabilitationNeeded);

    /// <summary>The client's assessments, newest first (the client page audits the read).</summary>
    public Task<List<Summary>> ForClientAsync(CurrentUser user, Guid clientId, CancellationToken cancellationToken) =>
        db.Assessments.AsNoTracking()
            .Where(a => a.ClientId == clientId && a.OrganisationId == user.OrganisationId)
            .OrderByDescending(a => a.StartedOn).ThenByDescending(a => a.Id)
            .Select(a => new Summary(a.Id, a.StartedOn, a.CompletedOn, a.Status, a.RehabilitationNeeded))
            .ToListAsync(cancellationToken);

    public async Task<AssessmentView?> GetAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(user, id, cancellationToken);
        if (view is not null)
        {
            await audit.RecordReadAsync(Actions.AssessmentRead, view.ClientId, cancellationToken);
        }

        return view;
    }

    private Validation CompletionRules(Assessment assessment, bool hasResponsibleWorker, IReadOnlyList<AccessCriterion> criteria)
    {
        var validation = new Validation(l);
        validation.Required("clientView", assessment.ClientView);
        validation.Required("workerAssessment", assessment.WorkerAssessment);
        if (assessment.SupportNature is null)
        {
            validation.Add("supportNature", "Validation.Required");
        }
        else if (assessment.SupportNature == SupportNature.LongTerm && !hasResponsibleWorker)
        {
            validation.Add("supportNature", "Assessments.LongTermNeedsWorker");
        }

        if (assessment.SpecialSupportNeed is null)
        {
            validation.Add("specialSupportNeed", "Validation.Required");
        }

        if (assessment.RehabilitationNeeded is null)
        {
            validation.Add("rehabilitationNeeded", "Validation.Required");
        }

        validation.Required("conclusionReasons", assessment.ConclusionReasons);
        if (assessment.RehabilitationNeeded == true)
        {
            var language = Infrastructure.Localization.UiLanguage.Current;
            var shortfalls = AccessCriteria.Shortfalls(criteria, assessment.CriteriaMet);
            if (shortfalls.Count > 0)
            {
                validation.Errors["criteriaMet"] = shortfalls
                    .Select(s => s.Missing is { } missing
                        ? l["Assessments.CriterionRequires", s.Criterion.Name.In(language), missing.Name.In(language)].Value
                        : s.Criterion.Kind == CriterionKind.AnyOf
                            ? l["Assessments.CriterionAnyOf", s.Criterion.Name.In(language)].Value
                            : l["Assessments.CriterionRequired", s.Criterion.Name.In(language)].Value)
                    .Distinct()
                    .ToArray();
            }
        }

        return validation;
    }

    private async Task<Result<AssessmentView>> SaveAsync(CurrentUser user, Assessment assessment, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<AssessmentView>.Conflict(l["Problem.Conflict"]);
        }

        return Result<AssessmentView>.Ok((await ViewAsync(user, assessment.Id, cancellationToken))!);
    }

    private async Task<AssessmentView?> ViewAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Assessments.AsNoTracking()
            .Where(a => a.Id == id && a.OrganisationId == user.OrganisationId)
            .Select(a => new
            {
                Assessment = a,
                Client = db.Clients.Where(c => c.Id == a.ClientId).Select(c => c.LastName + " " + c.FirstNames).First(),
                Due = db.Referrals.Where(r => r.Id == a.ReferralId).Select(r => (DateOnly?)r.AssessmentStartDueOn).FirstOrDefault(),
                Author = db.Employees.Where(e => e.Id == a.AuthorId).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var a = row.Assessment;
        var criteria = await db.AccessCriteria.AsNoTracking().Where(c => c.OrganisationId == user.OrganisationId)
            .OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        return new AssessmentView(
            a.Id, a.ClientId, row.Client, a.ReferralId, row.Due, row.Due is { } due ? a.StartedOn <= due : null,
            a.PreviousAssessmentId, a.Status, a.StartedOn, a.CompletedOn, row.Author ?? "",
            a.ClientView, a.WorkerAssessment, a.SupportNature, a.SpecialSupportNeed, a.SituationalFactors,
            criteria.Where(c => c.Active || a.CriteriaMet.Contains(c.Code))
                .Select(c => new CriterionView(c.Code, c.Name, c.Kind, c.RequiresCode, a.CriteriaMet.Contains(c.Code))).ToList(),
            a.RehabilitationNeeded, a.RecommendedServices, a.ConclusionReasons, a.Version);
    }
}
