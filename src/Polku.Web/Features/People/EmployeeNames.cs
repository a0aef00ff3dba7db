using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Web.Infrastructure;

namespace Polku.Web.Features.People;

/// <summary>
/// Staff names by id, for pages that name who wrote, decided or handled something; kept in memory, so a page names
/// people without asking for them on every view.
/// </summary>
public sealed class EmployeeNames(PolkuDbContext db, ReferenceCache cache)
{
    /// <summary>The names of those of <paramref name="ids"/> that are employees ("first last").</summary>
    public Task<IReadOnlyDictionary<Guid, string>> ForAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        cache.GetManyAsync<Guid, string>("employee-name", ids, async missing => await db.Employees.AsNoTracking()
            .Where(e => missing.Contains(e.Id))
            .Select(e => new { e.Id, Name = e.FirstName + " " + e.LastName })
            .ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken));
}
