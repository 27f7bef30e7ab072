using System.Diagnostics;
using Extractor.Benchmarks.Pages;

namespace Extractor.Benchmarks.Throughput;

/// <summary>
/// Times one tool over all pages in this process, single-threaded: a warm-up pass, a full collection, then one
/// timed pass with a stopwatch around each page and the allocation counter of this thread around the whole.
/// </summary>
internal static class ToolPass
{
    public static ToolResult Run(string tool, IReadOnlyList<BenchPage> pages, int warmupPages, bool stages)
    {
        double loadedMb = Mb(Environment.WorkingSet);
        var work = Tools.Create(tool);

        for (int i = 0; i < Math.Min(warmupPages, pages.Count); i++)
        {
            Try(work, pages[i]);
        }

        Collect();
        var times = new double[pages.Count];
        int failed = 0;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        double cpuStart = ThreadCpuClock.NowMs();
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < pages.Count; i++)
        {
            long pageStart = Stopwatch.GetTimestamp();
            if (!Try(work, pages[i]))
            {
                failed++;
            }

            times[i] = Stopwatch.GetElapsedTime(pageStart).TotalMilliseconds;
        }

        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        double cpuMs = ThreadCpuClock.NowMs() - cpuStart;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        using var process = Process.GetCurrentProcess();
        double peakMb = Mb(process.PeakWorkingSet64);

        IReadOnlyList<StageTime>? stageTimes = stages && tool == Tools.Ours ? StageTimer.Run(pages) : null;

        Array.Sort(times);
        return new ToolResult(
            tool,
            pages.Count,
            failed,
            seconds,
            pages.Count / seconds,
            times.Average(),
            Percentile(times, 0.50),
            Percentile(times, 0.95),
            cpuMs / pages.Count,
            Mb(allocated) / pages.Count,
            peakMb,
            loadedMb,
            stageTimes);
    }

    internal static void Collect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    internal static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

    private static bool Try(Func<BenchPage, object?> work, BenchPage page)
    {
        try
        {
            GC.KeepAlive(work(page));
            return true;
        }
#pragma warning disable CA1031 // A page a tool cannot handle is counted, not fatal.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}
