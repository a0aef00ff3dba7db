using System.Collections.Concurrent;
using Polku.Data;

namespace Polku.Web.Infrastructure;

/// <summary>
/// Reference data (<see cref="Domain.Common.IReferenceData"/>) kept in memory, so a page shows names and choices without
/// asking the database for them on every view. A copy is read again as soon as a save in this app changed
/// reference data, and after <see cref="Lifetime"/> at the latest, which is how an edit made on another app node shows
/// here too. Writes that decide something (a decision's type, a code's validity) read the database, not this.
/// </summary>
public sealed class ReferenceCache(ReferenceDataChanges changes)
{
    /// <summary>How long another node's edit may go unseen here.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<object, Entry> entries = new();

    /// <summary>The copy under <paramref name="key"/>, or what <paramref name="load"/> reads when there is none still fresh.</summary>
    public async Task<T> GetAsync<T>(object key, Func<Task<T>> load)
        where T : class
    {
        if (TryGet<T>(key, out var found))
        {
            return found;
        }

        // The count is taken before reading, so a change saved meanwhile leaves this copy stale, not current.
        var generation = changes.Generation;
        var value = await load();
        entries[key] = new Entry(value, generation, Environment.TickCount64 + (long)Lifetime.TotalMilliseconds);
        return value;
    }

    /// <summary>Many values by key, reading the missing ones in one go (e.g. the names of the people a page mentions).</summary>
    public async Task<IReadOnlyDictionary<TKey, TValue>> GetManyAsync<TKey, TValue>(
        string kind, IReadOnlyCollection<TKey> keys, Func<IReadOnlyCollection<TKey>, Task<Dictionary<TKey, TValue>>> load)
        where TKey : notnull
        where TValue : class
    {
        var found = new Dictionary<TKey, TValue>();
        var missing = new List<TKey>();
        foreach (var key in keys.Distinct())
        {
            if (TryGet<TValue>((kind, key), out var value))
            {
                found[key] = value;
            }
            else
            {
                missing.Add(key);
            }
        }

        if (missing.Count == 0)
        {
            return found;
        }

        var generation = changes.Generation;
        var expires = Environment.TickCount64 + (long)Lifetime.TotalMilliseconds;
        foreach (var (key, value) in await load(missing))
        {
            entries[(kind, key)] = new Entry(value, generation, expires);
            found[key] = value;
        }

        return found;
    }

    private bool TryGet<T>(object key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
        where T : class
    {
        if (entries.TryGetValue(key, out var entry) && entry.Generation == changes.Generation && Environment.TickCount64 < entry.Expires)
        {
            value = (T)entry.Value;
            return true;
        }

        value = null;
        return false;
    }

    private sealed record Entry(object Value, long Generation, long Expires);
}
