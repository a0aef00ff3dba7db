using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.Decisions;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.AppealInstructions;

/// <summary>The four texts in one language as an administrator writes them.</summary>
public sealed record AppealTextsInput(string? Authority, string? HowToRequest, string? RequestContents, string? ContactDetails);

/// <summary>
/// A new version of the organisation's appeal instructions. <see cref="Version"/> is the version the editor read (0 when
/// there was none): if someone saved another meanwhile, the save is refused rather than silently replacing theirs.
/// </summary>
public sealed record AppealInstructionInput(AppealTextsInput? Fi, AppealTextsInput? Sv, int Version = 0);

/// <summary>
/// One version of the instructions. <see cref="SwedishComplete"/> says whether decisions in Swedish can be signed with
/// it; <see cref="CreatedBy"/> is the administrator who saved it (null for seeded texts).
/// </summary>
public sealed record AppealInstructionView(int Version, AppealTexts Fi, AppealTexts Sv, bool FinnishComplete, bool SwedishComplete, DateTimeOffset CreatedAt, string? CreatedBy)
{
    public static AppealInstructionView Of(AppealInstruction i, string? createdBy) =>
        new(i.Version, i.Finnish, i.Swedish, i.Finnish.IsComplete, i.Swedish.IsComplete, i.CreatedAt, createdBy);
}

/// <summary>
/// The organisation's appeal instructions (HL 434/2003 § 46) as versioned texts: a save adds the next version and never
/// changes an old one, because a signed decision records the version it was printed with and a reprint must say what
/// the client was told.
/// </summary>
public sealed class AppealInstructionHandlers(PolkuDbContext db, AuditLog audit, Clock clock, IStringLocalizer<Strings> l)
{
    /// <summary>The longest text in one field.</summary>
    public const int MaxLength = TextLimits.Text;

    /// <summary>The latest version, the one a decision is signed with now; null while the organisation has none.</summary>
    public Task<AppealInstruction?> CurrentAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.AppealInstructions.AsNoTracking().Where(a => a.OrganisationId == organisationId)
            .OrderByDescending(a => a.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A version a decision was signed with, for reprinting it as it was; null if there is no such version.</summary>
    public Task<AppealInstruction?> VersionAsync(Guid organisationId, int version, CancellationToken cancellationToken) =>
        db.AppealInstructions.AsNoTracking().SingleOrDefaultAsync(a => a.OrganisationId == organisationId && a.Version == version, cancellationToken);

    /// <summary>The texts a decision in <paramref name="language"/> is signed with, or null when they are missing or incomplete.</summary>
    public static AppealTexts? TextsFor(AppealInstruction? instruction, string language) =>
        instruction?.In(language) is { IsComplete: true } texts ? texts : null;

    /// <summary>The latest version with the name of whoever saved it, for the page and the API.</summary>
    public async Task<AppealInstructionView?> CurrentViewAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var row = await db.AppealInstructions.AsNoTracking().Where(a => a.OrganisationId == organisationId)
            .OrderByDescending(a => a.Version)
            .Select(a => new
            {
                Instruction = a,
                CreatedBy = db.Employees.Where(e => e.Id == a.CreatedById).Select(e => e.FirstName + " " + e.LastName).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : AppealInstructionView.Of(row.Instruction, row.CreatedBy);
    }

    /// <summary>
    /// Saves the texts as the organisation's next version. The Finnish texts are required; the Swedish ones may be left
    /// empty, but then no decision in Swedish can be signed (a Swedish decision never falls back to Finnish).
    /// </summary>
    public async Task<Result<AppealInstructionView>> SaveAsync(CurrentUser user, AppealInstructionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var validation = new Validation(l);
        var finnish = Texts(validation, "fi", input.Fi, required: true);
        var swedish = Texts(validation, "sv", input.Sv, required: false);
        if (!validation.IsValid)
        {
            return Result<AppealInstructionView>.Invalid(validation.Errors);
        }

        var latest = await db.AppealInstructions.Where(a => a.OrganisationId == user.OrganisationId).MaxAsync(a => (int?)a.Version, cancellationToken) ?? 0;
        if (input.Version != latest)
        {
            return Result<AppealInstructionView>.Conflict(l["Problem.Conflict"]);
        }

        var next = new AppealInstruction
        {
            OrganisationId = user.OrganisationId, Version = latest + 1, Finnish = finnish, Swedish = swedish, CreatedAt = clock.Now, CreatedById = user.Id,
        };
        db.AppealInstructions.Add(next);
        audit.Stage(Actions.ConfigurationManage, []);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two administrators saved the same next version at once: the unique (organisation, version) index lets one win.
            db.ChangeTracker.Clear();
            return Result<AppealInstructionView>.Conflict(l["Problem.Conflict"]);
        }

        return Result<AppealInstructionView>.Ok(AppealInstructionView.Of(next, user.DisplayName));
    }

    private static AppealTexts Texts(Validation validation, string language, AppealTextsInput? input, bool required)
    {
        foreach (var (field, given) in new[]
        {
            ("authority", input?.Authority), ("howToRequest", input?.HowToRequest), ("requestContents", input?.RequestContents), ("contactDetails", input?.ContactDetails),
        })
        {
            // Counted as stored: a line break is one character, as the form's maxlength counts it.
            var text = given?.Replace("\r\n", "\n", StringComparison.Ordinal);
            if (required)
            {
                validation.RequiredText($"{language}.{field}", text, MaxLength);
            }
            else
            {
                validation.MaxLength($"{language}.{field}", text, MaxLength);
            }
        }

        return new AppealTexts
        {
            Authority = Clean(input?.Authority),
            HowToRequest = Clean(input?.HowToRequest),
            RequestContents = Clean(input?.RequestContents),
            ContactDetails = Clean(input?.ContactDetails),
        };
    }

    /// <summary>Trimmed, with Windows line ends as '\n' (the form posts "\r\n"; the PDF breaks lines at '\n').</summary>
    private static string Clean(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
