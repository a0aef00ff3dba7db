using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Common;

namespace Polku.Web.Infrastructure;

/// <summary>The one way an editable aggregate is saved against the version its editor read.</summary>
public static class Saving
{
    /// <summary>Saving will fail as stale unless the stored version is still the one the editor read.</summary>
    public static void ExpectVersion<T>(this PolkuDbContext db, T entity, int version)
        where T : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;

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
