using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Common;

namespace Polku.Web.Infrastructure;

/// <summary>The one way an editable aggregate is saved against the version its editor read.</summary>
public static class Saving
{
    /// <summary>
    /// Saving will fail as stale unless the stored version is still the one the editor read. The aggregate is saved
    /// (and its version moves on) even when only one of its parts changed, such as a plan's draft version.
    /// </summary>
    public static void ExpectVersion<T>(this PolkuDbContext db, T entity, int version)
        where T : class, IVersioned
    {
        var property = db.Entry(entity).Property(e => e.Version);
        property.OriginalValue = version;
        property.IsModified = true;
    }

    /// <summary>Saves; false when someone else changed the record meanwhile (nothing is saved then, nor kept pending).</summary>
    public static async Task<bool> TrySaveAsync(this PolkuDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
