using Polku.Bench.Generation;
using Polku.Bench.Load;

namespace Polku.Bench;

internal static class BenchCommand
{
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        switch (args is [var command, ..] ? command : "")
        {
            case "generate" when GenerateOptions.Parse(args[1..], out var error) is { } options:
                await DataGenerator.RunAsync(options, Console.Out, cancel.Token);
                return 0;
            case "measure" when MeasureOptions.Parse(args[1..], out var error) is { } options:
                var report = await MeasureCommand.RunAsync(options, Console.Out, cancel.Token);
                await report.WriteAsync(options.OutDirectory, cancel.Token);
                if (options.BenchmarksFile is { } benchmarks)
                {
                    await report.UpdateBenchmarksAsync(benchmarks, cancel.Token);
                }

                await Console.Out.WriteLineAsync(report.ToMarkdown());
                return 0;
            default:
                await Console.Error.WriteLineAsync($"{GenerateOptions.Usage}\n{MeasureOptions.Usage}");
                return 2;
        }
    }
}
