using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Polku.Web.Tests.Infrastructure;

/// <summary>
/// Polku as an operator runs it: <c>dotnet Polku.Web.dll</c> in a process of its own on a free loopback port, with its
/// settings in environment variables. Everything it writes is kept, for the failure message of a test.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => process.Id;

    /// <summary>What the process has written so far, standard output and error interleaved.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// The app built with this test assembly: the web project's output is copied beside it (its runtime config, deps,
    /// appsettings and static web assets manifest with it), so the configuration built is the configuration run.
    /// </summary>
    public static string AppPath => Path.Combine(AppContext.BaseDirectory, "Polku.Web.dll");

    public static AppProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var directory = Path.GetDirectoryName(AppPath)!;
        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { AppPath, "--urls", address.ToString(), "--contentRoot", directory })
        {
            start.ArgumentList.Add(argument);
        }

        // Deployed, not under test: the Production environment and only the settings given.
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var app = new AppProcess(process, address);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200: migrated, seeded and serving.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Polku at {Address} exited with code {process.ExitCode} before it was ready.\n{Tail()}");
            }

            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Polku at {Address} was not ready in {timeout.TotalSeconds} s.\n{Tail()}");
    }

    /// <summary>The last lines written, enough to see why a start or a test failed.</summary>
    public string Tail(int lines = 60)
    {
        var all = Output.Split('\n');
        return $"--- Polku at {Address} (process {Id}), last {Math.Min(lines, all.Length)} lines ---\n" + string.Join('\n', all.TakeLast(lines));
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // It never started.
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }

    /// <summary>The host that runs these tests (<c>DOTNET_HOST_PATH</c> under <c>dotnet test</c>), or <c>dotnet</c> on the path.</summary>
    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path
        : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
