using System.Globalization;
using Polku.Data;

namespace Polku.Bench.Generation;

/// <summary>How much data: organisations and clients; everything else follows from the clients.</summary>
public sealed record DataSize(string Name, int Organisations, int Clients)
{
    public static readonly DataSize Tiny = new("tiny", 1, 200);
    public static readonly DataSize County = new("county", 1, 15_000);
    public static readonly DataSize National = new("national", 23, 300_000);

    public static IReadOnlyList<DataSize> All { get; } = [Tiny, County, National];

    public static DataSize? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}

public sealed record GenerateOptions
{
    public static readonly DateOnly DefaultToday = new(2026, 11, 23);

    public required DataSize Size { get; init; }

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Defaults to a file under <c>data/</c> named by the size on SQLite; required on PostgreSQL.</summary>
    public string? ConnectionString { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>The day the data is "as of": every date is relative to it, so the same seed gives the same rows.</summary>
    public DateOnly Today { get; init; } = DefaultToday;

    public string EffectiveConnectionString => ConnectionString
        ?? (Provider == DatabaseProvider.Sqlite
            ? $"Data Source=data/polku-bench-{Size.Name}.db"
            : throw new ArgumentException("--connection is required with --provider postgres."));

    public const string Usage =
        "Usage: generate --size tiny|county|national [--provider sqlite|postgres] [--connection \"<connection string>\"] [--seed 1] [--today 2026-11-23]";

    private static readonly string[] Known = ["size", "provider", "connection", "seed", "today"];

    /// <summary>Reads the options after the command name; null with <paramref name="error"/> when they do not parse.</summary>
    public static GenerateOptions? Parse(IReadOnlyList<string> args, out string error)
    {
        if (OptionValues.Read(args, Known, out error) is not { } values)
        {
            return null;
        }

        if (!values.TryGetValue("size", out var sizeName) || DataSize.Find(sizeName) is not { } size)
        {
            error = "--size must be tiny, county or national.";
            return null;
        }

        var provider = DatabaseProvider.Sqlite;
        if (values.TryGetValue("provider", out var providerName) && !Enum.TryParse(providerName, ignoreCase: true, out provider))
        {
            error = "--provider must be sqlite or postgres.";
            return null;
        }

        var seed = 1;
        if (values.TryGetValue("seed", out var seedText) && !int.TryParse(seedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
        {
            error = "--seed must be a whole number.";
            return null;
        }

        var today = DefaultToday;
        if (values.TryGetValue("today", out var todayText)
            && !DateOnly.TryParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
        {
            error = "--today must be a date as yyyy-MM-dd.";
            return null;
        }

        if (provider == DatabaseProvider.Postgres && !values.ContainsKey("connection"))
        {
            error = "--connection is required with --provider postgres.";
            return null;
        }

        return new GenerateOptions
        {
            Size = size,
            Provider = provider,
            ConnectionString = values.GetValueOrDefault("connection"),
            Seed = seed,
            Today = today,
        };
    }
}
