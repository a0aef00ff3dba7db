using System.Globalization;
using System.Runtime.InteropServices;
using Polku.Data;

namespace Polku.Bench.Load;

/// <summary>
/// Measures the app against the floors in one run: signs the workers in, runs each page saturated and alone, then its
/// floor the same ways, then the realistic mix, and writes the results as JSON and Markdown.
/// </summary>
public static class MeasureCommand
{
    private static readonly string[] CountedTables = ["Clients", "Referrals", "Assessments", "RecordEntries", "Decisions", "AuditEvents", "AuditSubjects"];

    public static async Task<MeasureReport> RunAsync(MeasureOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        await using var db = BenchDb.Open(options.Provider, options.ConnectionString);
        var workers = await WorkerFacts.LoadAsync(db, cancellationToken);
        if (workers.Count == 0)
        {
            throw new InvalidOperationException("No generated workers with clients in the database: run `generate` first.");
        }

        await using var app = options.BaseUrl is null
            ? await AppProcess.StartAsync(options.AppPath ?? AppProcess.DefaultAppPath(RepositoryRoot()), options.Provider, options.ConnectionString, log, cancellationToken)
            : null;
        var baseUrl = options.BaseUrl ?? app!.BaseUrl;
        await using var floors = await FloorServer.StartAsync(db, cancellationToken);

        var userCount = Math.Max(options.Mix ? options.Users : 0, options.Saturated ? options.Concurrency : 0);
        var users = await SignInAsync(workers, userCount, baseUrl, log, cancellationToken);
        try
        {
            var pages = new List<PageResult>();
            if (options.Saturated)
            {
                foreach (var page in options.SelectedPages)
                {
                    pages.Add(await MeasurePageAsync(page, users, floors.BaseUrl, options, log, cancellationToken));
                }
            }

            MixResult? mix = null;
            if (options.Mix)
            {
                await log.WriteLineAsync(Inv($"Mix: {options.Users} users for {options.MixDuration.TotalSeconds:0} s…"));
                var run = await LoadRunner.MixAsync(users.Take(options.Users).Select(u => Picker(u, options.SelectedPages)).ToList(),
                    options.ThinkMin, options.ThinkMax, options.Warmup, options.MixDuration, cancellationToken);
                mix = new MixResult(options.Users, options.ThinkMin.TotalSeconds, options.ThinkMax.TotalSeconds, run);
                await log.WriteLineAsync(Inv($"  {run.PerSecond:0.0} req/s, p95 {run.P95:0.0} ms, {run.Errors} errors"));
            }

            return new MeasureReport(DateTimeOffset.UtcNow, options.Provider.ToString().ToLowerInvariant(), options.Concurrency,
                options.Duration.TotalSeconds, options.Warmup.TotalSeconds, pages, mix, app?.PeakRssMb ?? 0, await MachineAsync(db, cancellationToken));
        }
        finally
        {
            users.ForEach(u => u.Dispose());
        }
    }

    private static async Task<PageResult> MeasurePageAsync(Page page, List<BenchUser> users, Uri floorUrl, MeasureOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var active = users.Take(options.Concurrency).ToList();
        await log.WriteLineAsync($"{page.Name}…");
        var saturated = await LoadRunner.ClosedLoopAsync(active.Select(u => AppCall(u, page)).ToList(), options.Warmup, options.Duration, cancellationToken);
        var alone = await LoadRunner.ClosedLoopAsync([AppCall(active[0], page)], options.Warmup, options.Duration, cancellationToken);
        RunResult? floorSaturated = null, floorAlone = null;
        if (page.Floor is not null)
        {
            var clients = active.Select(_ => new HttpClient { BaseAddress = floorUrl }).ToList();
            try
            {
                floorSaturated = await LoadRunner.ClosedLoopAsync(active.Select((u, i) => FloorCall(clients[i], u, page)).ToList(), options.Warmup, options.Duration, cancellationToken);
                floorAlone = await LoadRunner.ClosedLoopAsync([FloorCall(clients[0], active[0], page)], options.Warmup, options.Duration, cancellationToken);
            }
            finally
            {
                clients.ForEach(c => c.Dispose());
            }
        }

        var result = new PageResult(page.Name, page.Title, saturated, alone, floorSaturated, floorAlone);
        await log.WriteLineAsync(floorSaturated is null || floorAlone is null
            ? Inv($"  {saturated.PerSecond:0} req/s, single-user p95 {alone.P95:0.0} ms, errors {saturated.Errors + alone.Errors}")
            : Inv($"  {saturated.PerSecond:0} req/s (floor {floorSaturated.PerSecond:0}), single-user p95 {alone.P95:0.0} ms (floor {floorAlone.P95:0.0}), errors {saturated.Errors + alone.Errors}"));
        return result;
    }

    private static Caller AppCall(BenchUser user, Page page) => async cancellationToken =>
    {
        using var request = user.Request(page.Url(user), page.Api);
        using var response = await user.Http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return page.Accepts((int)response.StatusCode, body);
    };

    private static Caller FloorCall(HttpClient http, BenchUser user, Page page) => async cancellationToken =>
    {
        using var response = await http.GetAsync(page.Floor!(user), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode && body.EndsWith("</html>", StringComparison.Ordinal);
    };

    /// <summary>The next request of a user in the mix, chosen by the pages' weights.</summary>
    private static Func<Caller> Picker(BenchUser user, IReadOnlyList<Page> pages)
    {
        var total = pages.Sum(p => p.Weight);
        return () =>
        {
            var pick = Random.Shared.Next(total);
            foreach (var page in pages)
            {
                if ((pick -= page.Weight) < 0)
                {
                    return AppCall(user, page);
                }
            }

            return AppCall(user, pages[^1]);
        };
    }

    /// <summary>Signs in as many users as asked, cycling through the workers when there are fewer accounts; not measured.</summary>
    private static async Task<List<BenchUser>> SignInAsync(IReadOnlyList<WorkerFacts> workers, int count, Uri baseUrl, TextWriter log, CancellationToken cancellationToken)
    {
        await log.WriteLineAsync(Inv($"Signing in {count} users ({Math.Min(count, workers.Count)} distinct workers)…"));
        var users = Enumerable.Range(0, count).Select(i => new BenchUser(workers[i % workers.Count], BenchUser.NewClient(baseUrl))).ToList();
        var tokens = new Dictionary<string, string?>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (user, token) => await user.SignInAsync(token));
        foreach (var user in users)
        {
            if (tokens.TryGetValue(user.Facts.UserName, out var token))
            {
                user.UseToken(token);
            }
            else
            {
                await user.FetchTokenAsync(cancellationToken);
                tokens[user.Facts.UserName] = user.Token;
            }
        }

        return users;
    }

    private static async Task<MachineInfo> MachineAsync(BenchDb db, CancellationToken cancellationToken)
    {
        var version = db.Provider == DatabaseProvider.Postgres
            ? "PostgreSQL " + (await ScalarTextAsync(db, "show server_version", cancellationToken))
            : "SQLite " + (await ScalarTextAsync(db, "select sqlite_version()", cancellationToken));
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in CountedTables)
        {
            rows[table] = await db.ScalarAsync($"select count(*) from \"{table}\"", cancellationToken);
        }

        return new MachineInfo(Environment.ProcessorCount, RuntimeInformation.OSDescription, Environment.Version.ToString(), version, rows);
    }

    private static async Task<string> ScalarTextAsync(BenchDb db, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await db.Source.OpenConnectionAsync(cancellationToken);
        await using var command = BenchDb.Command(connection, sql);
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>The folder holding Polku.slnx, from the working directory up.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Polku.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
