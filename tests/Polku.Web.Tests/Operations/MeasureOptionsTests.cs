using Polku.Bench.Load;
using Polku.Data;

namespace Polku.Web.Tests.Operations;

/// <summary>The load driver's options and its Markdown table, without running any load.</summary>
public sealed class MeasureOptionsTests
{
    [Fact]
    public void Options_parse_with_sensible_defaults_and_refuse_what_they_do_not_know()
    {
        var options = MeasureOptions.Parse(["--connection", "Host=x", "--think", "2-4.5", "--pages", "home,search", "--duration", "3"], out var error);
        Assert.NotNull(options);
        Assert.Equal(DatabaseProvider.Postgres, options.Provider);
        Assert.Equal(500, options.Users);
        Assert.Equal(16, options.Concurrency);
        Assert.Equal(TimeSpan.FromSeconds(3), options.Duration);
        Assert.Equal((TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4.5)), (options.ThinkMin, options.ThinkMax));
        Assert.Equal(["home", "search"], options.SelectedPages.Select(p => p.Name));

        Assert.Null(MeasureOptions.Parse(["--connection", "Host=x", "--pages", "nope"], out error));
        Assert.Contains("nope", error, StringComparison.Ordinal);
        Assert.Null(MeasureOptions.Parse(["--connection", "Host=x", "--think", "9-3"], out _));
        Assert.Null(MeasureOptions.Parse(["--users", "5"], out error));
        Assert.Contains("--connection", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_shows_each_page_against_its_floor_with_invariant_numbers()
    {
        var run = new RunResult(1000, 0, 20, 50, 12.34, 20.06, 31, 40);
        var floor = run with { PerSecond = 100, P95 = 10 };
        var report = new MeasureReport(
            new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), "postgres", 16, 20, 5,
            [new PageResult("clients", "client list `/clients`", run, run, floor, floor), new PageResult("api-client", "API", run, run, null, null)],
            new MixResult(500, 5, 10, run with { Errors = 2 }), 251.6,
            new MachineInfo(2, "Linux", "10.0.0", "PostgreSQL 15", new Dictionary<string, long> { ["Clients"] = 15000 }));

        var markdown = report.ToMarkdown();
        Assert.Contains("| client list `/clients` | 50 | 100 | 0.50 | 12.3 | 20.1 | 31.0 | 10.0 | 2.01 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| API | 50 | – | – |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 500 | 1000 | 50.0 | 12.3 | 20.1 | 31.0 | 40.0 | 2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("252 MB", markdown, StringComparison.Ordinal);
        Assert.Contains("Clients 15,000", markdown, StringComparison.Ordinal);
        Assert.Contains("\"throughputRatio\": 0.5", report.ToJson(), StringComparison.Ordinal);
    }
}
