using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Common;

namespace Polku.Web.Features.CodeLists;

public sealed record CodeValue(string Code, LocalizedName Name);

/// <summary>Active values of a code list, in their configured order.</summary>
public sealed class CodeListQuery(PolkuDbContext db)
{
    public Task<List<CodeValue>> GetAsync(string list, CancellationToken cancellationToken) =>
        db.CodeListEntries.AsNoTracking()
            .Where(e => e.List == list && e.Active)
            .OrderBy(e => e.SortOrder).ThenBy(e => e.Code)
            .Select(e => new CodeValue(e.Code, e.Name))
            .ToListAsync(cancellationToken);

    /// <summary>Names by code, for showing coded values (inactive ones too: old records keep their meaning).</summary>
    public Task<Dictionary<string, LocalizedName>> NamesAsync(string list, CancellationToken cancellationToken) =>
        db.CodeListEntries.AsNoTracking().Where(e => e.List == list).ToDictionaryAsync(e => e.Code, e => e.Name, cancellationToken);

    public Task<bool> IsValidAsync(string list, string? code, CancellationToken cancellationToken) =>
        code is null
            ? Task.FromResult(false)
            : db.CodeListEntries.AnyAsync(e => e.List == list && e.Code == code && e.Active, cancellationToken);
}
