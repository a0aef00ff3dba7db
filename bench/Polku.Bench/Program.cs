using Polku.Bench.Generation;

namespace Polku.Bench;

internal static class BenchCommand
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] != "generate")
        {
            await Console.Error.WriteLineAsync(GenerateOptions.Usage);
            return 2;
        }

        var options = GenerateOptions.Parse(args[1..], out var error);
        if (options is null)
        {
            await Console.Error.WriteLineAsync($"{error}\n{GenerateOptions.Usage}");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        await DataGenerator.RunAsync(options, Console.Out, cancel.Token);
        return 0;
    }
}
