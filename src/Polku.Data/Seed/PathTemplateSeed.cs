using Microsoft.EntityFrameworkCore;
using Polku.Domain.Services;

namespace Polku.Data.Seed;

/// <summary>The national path template every database starts with (<see cref="PathTemplates.General"/>); organisations add their own.</summary>
public static class PathTemplateSeed
{
    public static async Task EnsureAsync(PolkuDbContext db, CancellationToken cancellationToken = default)
    {
        if (!await db.PathTemplates.AnyAsync(t => t.OrganisationId == null && t.Code == PathTemplates.GeneralCode, cancellationToken))
        {
            db.PathTemplates.Add(PathTemplates.General());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
