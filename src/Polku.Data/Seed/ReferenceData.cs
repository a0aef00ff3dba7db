namespace Polku.Data.Seed;

/// <summary>What every database holds before its first organisation: the schema and the national reference data.</summary>
public static class ReferenceData
{
    /// <summary>Migrates, then seeds the service tasks, code lists, decision types, path templates and instruments.</summary>
    public static async Task PrepareAsync(PolkuDbContext db, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await DatabaseSetup.MigrateAsync(db, cancellationToken);
        await AuditPartitions.EnsureAsync(db, now, cancellationToken);
        await ServiceTaskSeed.EnsureAsync(db, cancellationToken);
        await CodeListSeed.EnsureAsync(db, cancellationToken);
        await DecisionTypeSeed.EnsureAsync(db, cancellationToken);
        await PathTemplateSeed.EnsureAsync(db, cancellationToken);
        await InstrumentSeed.EnsureAsync(db, now, cancellationToken);
    }
}
