using Microsoft.EntityFrameworkCore;
using Polku.Domain.Decisions;

namespace Polku.Data.Seed;

/// <summary>The national decision types every database starts with (<see cref="DecisionTypes.Seeded"/>); an organisation may replace one by code.</summary>
public static class DecisionTypeSeed
{
    public static async Task EnsureAsync(PolkuDbContext db, CancellationToken cancellationToken = default)
    {
        var national = ConfiguredDecisionType.National;
        var existing = await db.DecisionTypes.Where(t => t.OrganisationId == national).Select(t => t.Code).ToListAsync(cancellationToken);
        db.DecisionTypes.AddRange(DecisionTypes.Seeded.Where(t => !existing.Contains(t.Code)).Select(t => ConfiguredDecisionType.From(t, national)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
