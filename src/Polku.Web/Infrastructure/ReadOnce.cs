namespace Polku.Web.Infrastructure;

/// <summary>
/// Answers a scoped service reads at most once per request, by key: a page whose sections ask for the same rows (the
/// client's decisions, an organisation's code list) makes one round trip for all of them.
/// </summary>
public sealed class ReadOnce<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> read = [];

    public async Task<TValue> GetAsync(TKey key, Func<Task<TValue>> load)
    {
        if (!read.TryGetValue(key, out var found))
        {
            found = await load();
            read[key] = found;
        }

        return found;
    }
}
