using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Polku.Domain.Common;

namespace Polku.Data;

/// <summary>
/// Counts the saves that changed reference data (<see cref="IReferenceData"/>), so an in-memory copy read before a
/// change is known to be stale. Counted when such a save starts and again when it has ended, so a copy read while it
/// was being written is stale too.
/// </summary>
public sealed class ReferenceDataChanges : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> saving = [];
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Starting(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Starting(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Ended(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Ended(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    private void Starting(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries()
                .Any(e => e is { Entity: IReferenceData, State: EntityState.Added or EntityState.Modified or EntityState.Deleted }))
        {
            saving.AddOrUpdate(context, this);
            Interlocked.Increment(ref generation);
        }
    }

    private void Ended(DbContext? context)
    {
        if (context is not null && saving.Remove(context))
        {
            Interlocked.Increment(ref generation);
        }
    }
}
