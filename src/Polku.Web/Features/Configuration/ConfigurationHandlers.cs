using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Web.Features.CodeLists;
using Polku.Domain.Assessments;
using Polku.Domain.CodeLists;
using Polku.Domain.Common;
using Polku.Domain.Documents;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Configuration;

public sealed record NamesInput(string? Fi, string? Sv, string? En);

/// <summary>The organisation's settings; <see cref="RecordsPlanClasses"/> maps a document type's name to its TOS / SÄHKE2 code (empty removes it).</summary>
public sealed record SettingsInput(
    int? AssessmentTargetWorkingDays, AccessPolicy? AccessPolicy = null, int? PlanReviewMaxMonths = null, IReadOnlyDictionary<string, string?>? RecordsPlanClasses = null);

public sealed record SettingsView(int AssessmentTargetWorkingDays, AccessPolicy AccessPolicy, int PlanReviewMaxMonths, IReadOnlyDictionary<string, string> RecordsPlanClasses);

public sealed record CodeInput(NamesInput? Name, bool Active = true, int? SortOrder = null);

/// <summary>A value as the organisation sees it; <see cref="National"/> when it is the national default, not yet the organisation's own.</summary>
public sealed record CodeView(string List, string Code, LocalizedName Name, bool Active, int SortOrder, bool National);

public sealed record CriterionInput(NamesInput? Name, CriterionKind? Kind, string? RequiresCode, bool Active = true, int? SortOrder = null);

public sealed record CriterionConfigView(string Code, LocalizedName Name, CriterionKind Kind, string? RequiresCode, bool Active, int SortOrder);

/// <summary>
/// What an administrator configures for their organisation: the assessment target, the access criteria and
/// the shared code lists. Configuration changes are audited like everything else.
/// </summary>
public sealed partial class ConfigurationHandlers(PolkuDbContext db, CodeListQuery codes, AuditLog audit, IStringLocalizer<Strings> l)
{
    public const int MaxTargetWorkingDays = 30;

    public const int MaxPlanReviewMonths = 12;

    public async Task<Result<SettingsView>> SetSettingsAsync(CurrentUser user, SettingsInput input, CancellationToken cancellationToken)
    {
        var validation = new Validation(l);
        if (input.AssessmentTargetWorkingDays is null)
        {
            validation.Add("assessmentTargetWorkingDays", "Validation.Required");
        }

        validation.Range("assessmentTargetWorkingDays", input.AssessmentTargetWorkingDays, 1, MaxTargetWorkingDays);
        validation.Range("planReviewMaxMonths", input.PlanReviewMaxMonths, 1, MaxPlanReviewMonths);
        foreach (var (type, code) in input.RecordsPlanClasses ?? new Dictionary<string, string?>())
        {
            if (!Enum.TryParse<DocumentType>(type, out _) || int.TryParse(type, out _))
            {
                validation.Add($"recordsPlanClasses.{type}", "Validation.UnknownCode");
            }
            else if (code is not null && !ProcessClass().IsMatch(code.Trim()) && code.Trim().Length > 0)
            {
                validation.Add($"recordsPlanClasses.{type}", "Validation.ProcessClass");
            }
        }

        if (input.AccessPolicy is { } policy && !Enum.IsDefined(policy))
        {
            validation.Add("accessPolicy", "Validation.UnknownCode");
        }

        if (!validation.IsValid)
        {
            return Result<SettingsView>.Invalid(validation.Errors);
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == user.OrganisationId, cancellationToken);
        organisation.AssessmentTargetWorkingDays = input.AssessmentTargetWorkingDays!.Value;
        organisation.AccessPolicy = input.AccessPolicy ?? organisation.AccessPolicy;
        organisation.PlanReviewMaxMonths = input.PlanReviewMaxMonths ?? organisation.PlanReviewMaxMonths;
        if (input.RecordsPlanClasses is { } classes)
        {
            organisation.RecordsPlanClasses = classes.Where(c => !string.IsNullOrWhiteSpace(c.Value))
                .ToDictionary(c => Enum.Parse<DocumentType>(c.Key).ToString(), c => c.Value!.Trim());
        }

        audit.Stage(Actions.ConfigurationManage, []);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            // Two administrators saved at once: the later one is told, not overwritten silently.
            return Result<SettingsView>.Conflict(l["Problem.Conflict"]);
        }

        return Result<SettingsView>.Ok(new SettingsView(organisation.AssessmentTargetWorkingDays, organisation.AccessPolicy, organisation.PlanReviewMaxMonths, organisation.RecordsPlanClasses));
    }

    public Task<SettingsView> SettingsAsync(CurrentUser user, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Id == user.OrganisationId)
            .Select(o => new SettingsView(o.AssessmentTargetWorkingDays, o.AccessPolicy, o.PlanReviewMaxMonths, o.RecordsPlanClasses)).SingleAsync(cancellationToken);

    public Task<List<CodeView>> CodesAsync(CurrentUser user, string list, CancellationToken cancellationToken) =>
        codes.Effective(user, list).OrderBy(e => e.SortOrder).ThenBy(e => e.Code)
            .Select(e => new CodeView(e.List, e.Code, e.Name, e.Active, e.SortOrder, e.OrganisationId == CodeListEntry.National)).ToListAsync(cancellationToken);

    /// <summary>
    /// Adds a code or renames one in the administrator's own organisation; changing a national default gives the
    /// organisation its own copy, so no other organisation is touched. A code in use is retired (inactive), never
    /// deleted, so old records keep their meaning.
    /// </summary>
    public async Task<Result<CodeView>> UpsertCodeAsync(CurrentUser user, string list, string code, CodeInput input, CancellationToken cancellationToken)
    {
        var validation = new Validation(l);
        if (!CodeListNames.All.Contains(list))
        {
            return Result<CodeView>.NotFound();
        }

        ValidateCode(validation, code);
        var name = ValidateNames(validation, input.Name);
        if (!validation.IsValid)
        {
            return Result<CodeView>.Invalid(validation.Errors);
        }

        var entry = await db.CodeListEntries.SingleOrDefaultAsync(e => e.OrganisationId == user.OrganisationId && e.List == list && e.Code == code, cancellationToken);
        var national = await codes.Effective(user, list).SingleOrDefaultAsync(e => e.Code == code, cancellationToken);
        var created = entry is null && national is null;
        if (entry is null)
        {
            var next = await codes.Effective(user, list).Select(e => (int?)e.SortOrder).MaxAsync(cancellationToken) ?? -1;
            entry = new CodeListEntry { OrganisationId = user.OrganisationId, List = list, Code = code, Name = name, SortOrder = input.SortOrder ?? national?.SortOrder ?? next + 1 };
            db.CodeListEntries.Add(entry);
        }

        entry.Name = name;
        entry.Active = input.Active;
        entry.SortOrder = input.SortOrder ?? entry.SortOrder;
        audit.Stage(Actions.ConfigurationManage, []);
        await db.SaveChangesAsync(cancellationToken);
        var view = new CodeView(entry.List, entry.Code, entry.Name, entry.Active, entry.SortOrder, National: false);
        return created ? Result<CodeView>.Created(view) : Result<CodeView>.Ok(view);
    }

    public Task<List<CriterionConfigView>> CriteriaAsync(CurrentUser user, CancellationToken cancellationToken) =>
        db.AccessCriteria.AsNoTracking().Where(c => c.OrganisationId == user.OrganisationId).OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new CriterionConfigView(c.Code, c.Name, c.Kind, c.RequiresCode, c.Active, c.SortOrder)).ToListAsync(cancellationToken);

    public async Task<Result<CriterionConfigView>> UpsertCriterionAsync(CurrentUser user, string code, CriterionInput input, CancellationToken cancellationToken)
    {
        var validation = new Validation(l);
        ValidateCode(validation, code);
        var name = ValidateNames(validation, input.Name);
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            validation.Add("kind", "Validation.Required");
        }
        else if (input.Kind == CriterionKind.Condition)
        {
            var requires = input.RequiresCode?.Trim();
            if (string.IsNullOrEmpty(requires) || requires == code
                || !await db.AccessCriteria.AnyAsync(c => c.OrganisationId == user.OrganisationId && c.Code == requires, cancellationToken))
            {
                validation.Add("requiresCode", "Configuration.RequiresUnknown");
            }
        }

        if (!validation.IsValid)
        {
            return Result<CriterionConfigView>.Invalid(validation.Errors);
        }

        var criterion = await db.AccessCriteria.SingleOrDefaultAsync(c => c.OrganisationId == user.OrganisationId && c.Code == code, cancellationToken);
        var created = criterion is null;
        if (criterion is null)
        {
            var next = await db.AccessCriteria.Where(c => c.OrganisationId == user.OrganisationId).Select(c => (int?)c.SortOrder).MaxAsync(cancellationToken) ?? -1;
            criterion = new AccessCriterion { OrganisationId = user.OrganisationId, Code = code, Name = name, SortOrder = next + 1 };
            db.AccessCriteria.Add(criterion);
        }

        criterion.Name = name;
        criterion.Kind = input.Kind!.Value;
        criterion.RequiresCode = input.Kind == CriterionKind.Condition ? input.RequiresCode!.Trim() : null;
        criterion.Active = input.Active;
        criterion.SortOrder = input.SortOrder ?? criterion.SortOrder;
        audit.Stage(Actions.ConfigurationManage, []);
        await db.SaveChangesAsync(cancellationToken);
        var view = new CriterionConfigView(criterion.Code, criterion.Name, criterion.Kind, criterion.RequiresCode, criterion.Active, criterion.SortOrder);
        return created ? Result<CriterionConfigView>.Created(view) : Result<CriterionConfigView>.Ok(view);
    }

    private static void ValidateCode(Validation validation, string code)
    {
        if (!CodePattern().IsMatch(code))
        {
            validation.Add("code", "Configuration.CodeFormat");
        }
    }

    private static LocalizedName ValidateNames(Validation validation, NamesInput? names)
    {
        validation.RequiredText("name.fi", names?.Fi, TextLimits.LocalizedName);
        validation.RequiredText("name.sv", names?.Sv, TextLimits.LocalizedName);
        validation.RequiredText("name.en", names?.En, TextLimits.LocalizedName);
        return new LocalizedName(names?.Fi?.Trim() ?? "", names?.Sv?.Trim() ?? "", names?.En?.Trim() ?? "");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9:.-]{0,59}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[0-9A-Za-zÅÄÖåäö.\- ]{1,40}$")]
    private static partial Regex ProcessClass();
}
