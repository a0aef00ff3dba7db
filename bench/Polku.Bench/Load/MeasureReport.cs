using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Polku.Bench.Load;

/// <summary>A page measured saturated and alone, and its floor the same ways (no floor for API calls).</summary>
public sealed record PageResult(string Name, string Title, RunResult Saturated, RunResult Alone, RunResult? FloorSaturated, RunResult? FloorAlone)
{
    public double? ThroughputRatio => FloorSaturated is { PerSecond: > 0 } floor ? Saturated.PerSecond / floor.PerSecond : null;

    public double? P95Ratio => FloorAlone is { P95: > 0 } floor ? Alone.P95 / floor.P95 : null;
}

public sealed record MixResult(int Users, double ThinkMinSeconds, double ThinkMaxSeconds, RunResult Run);

public sealed record MachineInfo(int Cores, string Os, string Runtime, string Database, IReadOnlyDictionary<string, long> Rows);

public sealed record MeasureReport(
    DateTimeOffset At, string Provider, int Concurrency, double DurationSeconds, double WarmupSeconds,
    IReadOnlyList<PageResult> Pages, MixResult? Mix, double PeakRssMb, MachineInfo Machine)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The results as Markdown for BENCHMARKS.md: pages against their floors, the mix, memory and the machine.</summary>
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(Inv($"Measured {At:yyyy-MM-dd HH:mm} UTC on {Provider}: saturated runs with {Concurrency} concurrent users, single-user runs with one, each {DurationSeconds:0.#} s after a {WarmupSeconds:0.#} s warm-up. Latencies in ms; p50/p95/p99 of the single user; ratio = page ÷ floor."));
        md.AppendLine();
        if (Pages.Count > 0)
        {
            md.AppendLine("| page | req/s | floor req/s | ratio | p50 | p95 | p99 | floor p95 | p95 ratio | errors |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var p in Pages)
            {
                md.AppendLine(Inv($"| {p.Title} | {p.Saturated.PerSecond:0} | {Opt(p.FloorSaturated?.PerSecond, "0")} | {Opt(p.ThroughputRatio, "0.00")} | {p.Alone.P50:0.0} | {p.Alone.P95:0.0} | {p.Alone.P99:0.0} | {Opt(p.FloorAlone?.P95, "0.0")} | {Opt(p.P95Ratio, "0.00")} | {p.Saturated.Errors + p.Alone.Errors} |"));
            }

            md.AppendLine();
        }

        if (Mix is { } mix)
        {
            md.AppendLine(Inv($"Realistic mix: {mix.Users} signed-in workers, {mix.ThinkMinSeconds:0.#}–{mix.ThinkMaxSeconds:0.#} s think time, {mix.Run.Seconds:0} s."));
            md.AppendLine();
            md.AppendLine("| users | requests | req/s | p50 | p95 | p99 | max | errors |");
            md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
            md.AppendLine(Inv($"| {mix.Users} | {mix.Run.Requests} | {mix.Run.PerSecond:0.0} | {mix.Run.P50:0.0} | {mix.Run.P95:0.0} | {mix.Run.P99:0.0} | {mix.Run.Max:0.0} | {mix.Run.Errors} |"));
            md.AppendLine();
        }

        md.AppendLine(Inv($"Peak resident memory of the app: {(PeakRssMb > 0 ? PeakRssMb.ToString("0", CultureInfo.InvariantCulture) + " MB" : "not measured")}."));
        md.AppendLine();
        md.AppendLine(Inv($"Machine: {Machine.Cores} cores, {Machine.Os}, .NET {Machine.Runtime}, {Machine.Database}."));
        md.AppendLine(Inv($"Rows: {string.Join(", ", Machine.Rows.Select(r => $"{r.Key} {r.Value:N0}"))}."));
        return md.ToString();
    }

    private static string Opt(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "–";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public async Task WriteAsync(string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var stamp = At.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        foreach (var (name, text) in new[] { ($"measure-{Provider}-{stamp}.json", ToJson()), ($"measure-{Provider}-{stamp}.md", ToMarkdown()) })
        {
            await File.WriteAllTextAsync(Path.Combine(directory, name), text, cancellationToken);
        }
    }
}
