using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.CodeLists;
using Polku.Domain.Common;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.CodeLists;

public sealed record CodeValue(string Code, LocalizedName Name);

/// <summary>
/// An organisation's code lists: its own values, and the national defaults it has not replaced with its own.
/// </summary>
public sealed class CodeListQuery(PolkuDbContext db, ReferenceCache cache)
{
    /// <summary>Every value of the list as the organisation sees it, active or retired.</summary>
    public IQueryable<CodeListEntry> Effective(CurrentUser user, string list) => Effective(user.OrganisationId, list);

    public IQueryable<CodeListEntry> Effective(Guid organisationId, string list) => db.CodeListEntries.AsNoTracking().Where(e => e.List == list
            && (e.OrganisationId == organisationId
                || (e.OrganisationId == CodeListEntry.National
                    && !db.CodeListEntries.Any(own => own.OrganisationId == organisationId && own.List == e.List && own.Code == e.Code))));

    /// <summary>Active values in their configured order.</summary>
    public Task<List<CodeValue>> GetAsync(CurrentUser user, string list, CancellationToken cancellationToken) =>
        Effective(user, list).Where(e => e.Active)
            .OrderBy(e => e.SortOrder).ThenBy(e => e.Code)
            .Select(e => new CodeValue(e.Code, e.Name))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Names by code, for showing coded values (retired ones too: old records keep their meaning); kept in memory, as
    /// every page shows them and only an administrator's edit changes them.
    /// </summary>
    public Task<IReadOnlyDictionary<string, LocalizedName>> NamesAsync(CurrentUser user, string list, CancellationToken cancellationToken) =>
        NamesAsync(user.OrganisationId, list, cancellationToken);

    public Task<IReadOnlyDictionary<string, LocalizedName>> NamesAsync(Guid organisationId, string list, CancellationToken cancellationToken) =>
        cache.GetAsync<IReadOnlyDictionary<string, LocalizedName>>(("code-names", organisationId, list), async () =>
            await Effective(organisationId, list).Select(e => new { e.Code, e.Name }).ToDictionaryAsync(e => e.Code, e => e.Name, cancellationToken));

    /// <summary>One value's name, for showing a single coded field.</summary>
    public async Task<LocalizedName?> NameAsync(Guid organisationId, string list, string code, CancellationToken cancellationToken) =>
        (await NamesAsync(organisationId, list, cancellationToken)).GetValueOrDefault(code);

    public Task<bool> IsValidAsync(CurrentUser user, string list, string? code, CancellationToken cancellationToken) =>
        code is null
            ? Task.FromResult(false)
            : Effective(user, list).AnyAsync(e => e.Code == code && e.Active, cancellationToken);

    /// <summary>How many of the codes are active values of the list.</summary>
    public Task<int> CountValidAsync(CurrentUser user, string list, IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        Effective(user, list).CountAsync(e => e.Active && codes.Contains(e.Code), cancellationToken);
}
