using System.Globalization;
using Polku.Data;

namespace Polku.Bench.Load;

/// <summary>What to measure and how hard: the options of the <c>measure</c> command.</summary>
public sealed record MeasureOptions
{
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Postgres;

    public required string ConnectionString { get; init; }

    /// <summary>The built app to start; ignored when <see cref="BaseUrl"/> points at one already running.</summary>
    public string? AppPath { get; init; }

    public Uri? BaseUrl { get; init; }

    /// <summary>Signed-in workers in the realistic mix.</summary>
    public int Users { get; init; } = 500;

    /// <summary>Users running at once in the saturated runs.</summary>
    public int Concurrency { get; init; } = 16;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan MixDuration { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan ThinkMin { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan ThinkMax { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Page names to measure; empty for all.</summary>
    public IReadOnlyList<string> Pages { get; init; } = [];

    /// <summary>Skips the saturated and single-user runs, or the mix.</summary>
    public bool Saturated { get; init; } = true;

    public bool Mix { get; init; } = true;

    public string OutDirectory { get; init; } = Path.Combine("bench", "results");

    /// <summary>A Markdown file whose measured section for this provider the results replace (BENCHMARKS.md).</summary>
    public string? BenchmarksFile { get; init; }

    public const string Usage =
        "Usage: measure [--provider postgres|sqlite] --connection \"<connection string>\" [--app <Polku.Web.dll> | --base-url http://127.0.0.1:5000]\n"
        + "               [--users 500] [--concurrency 16] [--duration 20] [--warmup 5] [--mix-duration 60] [--think 5-10]\n"
        + "               [--pages home,clients,...] [--modes saturated,mix] [--out bench/results] [--benchmarks BENCHMARKS.md]";

    private static readonly string[] Known =
        ["provider", "connection", "app", "base-url", "users", "concurrency", "duration", "warmup", "mix-duration", "think", "pages", "modes", "out", "benchmarks"];

    /// <summary>Reads the options after the command name; null with <paramref name="error"/> when they do not parse.</summary>
    public static MeasureOptions? Parse(IReadOnlyList<string> args, out string error)
    {
        if (OptionValues.Read(args, Known, out error) is not { } values)
        {
            return null;
        }

        var provider = DatabaseProvider.Postgres;
        if (values.TryGetValue("provider", out var providerName) && !Enum.TryParse(providerName, ignoreCase: true, out provider))
        {
            error = "--provider must be postgres or sqlite.";
            return null;
        }

        if (!values.TryGetValue("connection", out var connection))
        {
            error = "--connection is required.";
            return null;
        }

        Uri? baseUrl = null;
        if (values.TryGetValue("base-url", out var baseText) && !Uri.TryCreate(baseText, UriKind.Absolute, out baseUrl))
        {
            error = "--base-url must be an absolute address.";
            return null;
        }

        var options = new MeasureOptions
        {
            Provider = provider,
            ConnectionString = connection,
            AppPath = values.GetValueOrDefault("app"),
            BaseUrl = baseUrl,
            OutDirectory = values.GetValueOrDefault("out") ?? Path.Combine("bench", "results"),
            BenchmarksFile = values.GetValueOrDefault("benchmarks"),
        };
        var defaults = options;
        if (!Positive(values, "users", defaults.Users, out var users, ref error)
            || !Positive(values, "concurrency", defaults.Concurrency, out var concurrency, ref error)
            || !Seconds(values, "duration", defaults.Duration, out var duration, ref error)
            || !Seconds(values, "warmup", defaults.Warmup, out var warmup, ref error, allowZero: true)
            || !Seconds(values, "mix-duration", defaults.MixDuration, out var mixDuration, ref error))
        {
            return null;
        }

        var (thinkMin, thinkMax) = (defaults.ThinkMin, defaults.ThinkMax);
        if (values.TryGetValue("think", out var think) && !TryParseRange(think, out thinkMin, out thinkMax))
        {
            error = "--think must be seconds as min-max, e.g. 5-10.";
            return null;
        }

        var pages = values.TryGetValue("pages", out var pageList) ? Split(pageList) : [];
        if (pages.FirstOrDefault(p => Page.Find(p) is null) is { } badPage)
        {
            error = $"No page '{badPage}'; the pages are {string.Join(", ", Page.All.Select(p => p.Name))}.";
            return null;
        }

        var modes = values.TryGetValue("modes", out var modeList) ? Split(modeList) : ["saturated", "mix"];
        if (modes.Count == 0 || modes.Any(m => m is not ("saturated" or "mix")))
        {
            error = "--modes must list saturated and/or mix.";
            return null;
        }

        return options with
        {
            Users = users,
            Concurrency = concurrency,
            Duration = duration,
            Warmup = warmup,
            MixDuration = mixDuration,
            ThinkMin = thinkMin,
            ThinkMax = thinkMax,
            Pages = pages,
            Saturated = modes.Contains("saturated"),
            Mix = modes.Contains("mix"),
        };
    }

    public IReadOnlyList<Page> SelectedPages => Pages.Count == 0 ? Page.All : Pages.Select(p => Page.Find(p)!).ToList();

    private static List<string> Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static bool Positive(Dictionary<string, string> values, string name, int fallback, out int value, ref string error)
    {
        value = fallback;
        if (values.TryGetValue(name, out var text) && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < 1))
        {
            error = $"--{name} must be a whole number above zero.";
            return false;
        }

        return true;
    }

    private static bool Seconds(Dictionary<string, string> values, string name, TimeSpan fallback, out TimeSpan value, ref string error, bool allowZero = false)
    {
        value = fallback;
        if (!values.TryGetValue(name, out var text))
        {
            return true;
        }

        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || (seconds <= 0 && !allowZero))
        {
            error = $"--{name} must be a number of seconds{(allowZero ? "" : " above zero")}.";
            return false;
        }

        value = TimeSpan.FromSeconds(seconds);
        return true;
    }

    private static bool TryParseRange(string text, out TimeSpan min, out TimeSpan max)
    {
        min = max = TimeSpan.Zero;
        var parts = text.Split('-');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var low)
            || !double.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var high)
            || high < low)
        {
            return false;
        }

        (min, max) = (TimeSpan.FromSeconds(low), TimeSpan.FromSeconds(high));
        return true;
    }
}
