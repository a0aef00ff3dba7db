using System.Diagnostics;
using HdrHistogram;

namespace Polku.Bench.Load;

/// <summary>Latency percentiles in milliseconds, throughput and errors of one run.</summary>
public sealed record RunResult(long Requests, long Errors, double Seconds, double PerSecond, double P50, double P95, double P99, double Max);

/// <summary>One request of a run: true when the answer was the real thing.</summary>
public delegate Task<bool> Caller(CancellationToken cancellationToken);

/// <summary>
/// Runs requests and records their latency in microseconds (HdrHistogram, three significant digits). Requests that
/// start during the warm-up are made but not counted; a request running when the time is up finishes and counts.
/// </summary>
public static class LoadRunner
{
    private const long HighestMicroseconds = 60_000_000;

    /// <summary>Closed loop: each of the callers sends its next request as soon as the previous one is answered.</summary>
    public static async Task<RunResult> ClosedLoopAsync(IReadOnlyList<Caller> callers, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var measureFrom = warmup;
        var until = warmup + duration;
        var runs = await Task.WhenAll(callers.Select(call => Task.Run(async () =>
        {
            var tally = new Tally();
            while (clock.Elapsed < until && !cancellationToken.IsCancellationRequested)
            {
                await tally.TimeAsync(call, clock.Elapsed >= measureFrom, cancellationToken);
            }

            return tally;
        }, cancellationToken)));
        return Tally.Merge(runs, duration);
    }

    /// <summary>
    /// The realistic mix: every user thinks for a random time in the range, picks a request by its weight and sends it,
    /// for the duration; users start spread over the first think time so they do not arrive together.
    /// </summary>
    public static async Task<RunResult> MixAsync(
        IReadOnlyList<Func<Caller>> users, TimeSpan thinkMin, TimeSpan thinkMax, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var until = warmup + duration;
        var runs = await Task.WhenAll(users.Select(pick => Task.Run(async () =>
        {
            var tally = new Tally();
            try
            {
                await Task.Delay(Between(TimeSpan.Zero, thinkMax), cancellationToken);
                while (clock.Elapsed < until)
                {
                    await tally.TimeAsync(pick(), clock.Elapsed >= warmup, cancellationToken);
                    var left = until - clock.Elapsed;
                    if (left <= TimeSpan.Zero)
                    {
                        break;
                    }

                    var think = Between(thinkMin, thinkMax);
                    await Task.Delay(think < left ? think : left, cancellationToken);
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped early.
            }

            return tally;
        }, cancellationToken)));
        return Tally.Merge(runs, duration);
    }

    private static TimeSpan Between(TimeSpan min, TimeSpan max) => min + ((max - min) * Random.Shared.NextDouble());

    private sealed class Tally
    {
        private readonly LongHistogram histogram = new(HighestMicroseconds, 3);
        private long errors;

        public async Task TimeAsync(Caller call, bool counted, CancellationToken cancellationToken)
        {
            var started = Stopwatch.GetTimestamp();
            bool ok;
            try
            {
                ok = await call(cancellationToken);
            }
            catch (HttpRequestException)
            {
                ok = false;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                ok = false; // timed out
            }

            if (!counted)
            {
                return;
            }

            histogram.RecordValue(Math.Min(HighestMicroseconds, (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds));
            if (!ok)
            {
                errors++;
            }
        }

        public static RunResult Merge(IEnumerable<Tally> tallies, TimeSpan duration)
        {
            var all = new LongHistogram(HighestMicroseconds, 3);
            long errors = 0;
            foreach (var tally in tallies)
            {
                all.Add(tally.histogram);
                errors += tally.errors;
            }

            var seconds = duration.TotalSeconds;
            if (all.TotalCount == 0)
            {
                return new RunResult(0, errors, seconds, 0, 0, 0, 0, 0);
            }

            return new RunResult(
                all.TotalCount, errors, seconds, all.TotalCount / seconds,
                Ms(all.GetValueAtPercentile(50)), Ms(all.GetValueAtPercentile(95)), Ms(all.GetValueAtPercentile(99)), Ms(all.GetMaxValue()));
        }

        private static double Ms(long microseconds) => Math.Round(microseconds / 1000.0, 1);
    }
}
