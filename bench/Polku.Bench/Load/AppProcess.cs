using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Polku.Data;

namespace Polku.Bench.Load;

/// <summary>
/// The app under measurement as its own process, started from its build as production would run it, with its
/// resident memory sampled from <c>/proc</c> while it serves.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly CancellationTokenSource stopSampling = new();
    private readonly Task sampling;
    private long peakRssKb;

    private AppProcess(Process process, Uri baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
        sampling = SampleAsync(stopSampling.Token);
    }

    public Uri BaseUrl { get; }

    /// <summary>The highest resident set size seen since start, in MiB.</summary>
    public double PeakRssMb => Interlocked.Read(ref peakRssKb) / 1024.0;

    public static string DefaultAppPath(string root) => Path.Combine(root, "src", "Polku.Web", "bin", "Release", "net10.0", "Polku.Web.dll");

    public static async Task<AppProcess> StartAsync(string appPath, DatabaseProvider provider, string connectionString, TextWriter log, CancellationToken cancellationToken)
    {
        if (!File.Exists(appPath))
        {
            throw new FileNotFoundException($"No app at {appPath}: build it with `dotnet build src/Polku.Web -c Release`, or pass --app.", appPath);
        }

        var port = FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { appPath, "--urls", baseUrl.ToString().TrimEnd('/') },
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(appPath))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["Database__Provider"] = provider == DatabaseProvider.Postgres ? "Postgres" : "Sqlite",
                ["ConnectionStrings__Polku"] = connectionString,
                ["Polku__DemoData"] = "false",
                ["Polku__Jobs__Interval"] = "00:00:00",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null && errors.Count < 50)
            {
                errors.Enqueue(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var app = new AppProcess(process, baseUrl);
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app stopped at start ({process.ExitCode.ToString(CultureInfo.InvariantCulture)}): {string.Join('\n', errors)}");
            }

            try
            {
                using var response = await http.GetAsync("/health/ready", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    await log.WriteLineAsync($"App started at {baseUrl} (pid {process.Id.ToString(CultureInfo.InvariantCulture)}) in {deadline.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Still starting.
            }

            await Task.Delay(250, cancellationToken);
        }

        await app.DisposeAsync();
        throw new TimeoutException("The app did not become ready in two minutes.");
    }

    /// <summary>Reads VmRSS every 200 ms; only Linux has <c>/proc</c>, elsewhere the peak stays unknown (0).</summary>
    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        var status = $"/proc/{process.Id.ToString(CultureInfo.InvariantCulture)}/status";
        try
        {
            while (!cancellationToken.IsCancellationRequested && File.Exists(status))
            {
                foreach (var line in await File.ReadAllLinesAsync(status, cancellationToken))
                {
                    if (line.StartsWith("VmRSS:", StringComparison.Ordinal)
                        && long.TryParse(line[6..].Trim().Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kb)
                        && kb > Interlocked.Read(ref peakRssKb))
                    {
                        Interlocked.Exchange(ref peakRssKb, kb);
                    }
                }

                await Task.Delay(200, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        catch (IOException)
        {
            // The process went away between the check and the read.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await stopSampling.CancelAsync();
        await sampling;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        stopSampling.Dispose();
    }
}
