using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Extractor.Cli.Running;

namespace Extractor.Cli.Progress;

/// <summary>Counts finished inputs as they finish (from any thread), failures by kind, and the time taken.</summary>
internal sealed class RunTally
{
    private readonly ConcurrentDictionary<string, int> failuresByKind = new(StringComparer.Ordinal);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int completed;
    private int failed;

    public RunTally(int total)
    {
        Total = total;
    }

    public int Total { get; }

    public int Completed => Volatile.Read(ref completed);

    public int Failed => Volatile.Read(ref failed);

    public TimeSpan Elapsed => clock.Elapsed;

    public void Record(Outcome outcome)
    {
        if (outcome.Failure is { } failure)
        {
            failuresByKind.AddOrUpdate(failure.Kind, 1, (_, n) => n + 1);
            Interlocked.Increment(ref failed);
        }

        Interlocked.Increment(ref completed);
    }

    /// <summary>Inputs finished per second so far.</summary>
    public double Rate => Completed / Math.Max(Elapsed.TotalSeconds, 0.001);

    /// <summary>The end-of-run line: how many succeeded, failed by kind, how long it took.</summary>
    public string Summary()
    {
        var culture = CultureInfo.InvariantCulture;
        string result = string.Create(culture, $"{Completed} inputs in {Elapsed.TotalSeconds:0.0} s ({Rate:0.0}/s): {Completed - Failed} succeeded, {Failed} failed");
        if (Failed > 0)
        {
            result += " (" + string.Join(", ", failuresByKind.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => string.Create(culture, $"{p.Key}: {p.Value}"))) + ")";
        }

        return result + ".";
    }
}
