using System.Diagnostics;
using Extractor.Benchmarks.Pages;

namespace Extractor.Benchmarks.Throughput;

/// <summary>
/// Times tools over all pages in this process, single-threaded: warm-up passes, a full collection, then one timed
/// pass with the wall clock, the thread's CPU clock and its allocation counter around each page. With several
/// tools, each page goes through every tool (the order rotating from page to page) before the next page, so that
/// a change in the machine's load falls on all of them alike; their peak memory is then the process's, shared.
/// </summary>
internal static class ToolPass
{
    public static IReadOnlyList<ToolResult> Run(IReadOnlyList<string> tools, IReadOnlyList<BenchPage> pages, int warmupPages, int warmupPasses, bool stages)
    {
        double loadedMb = Mb(Environment.WorkingSet);
        var work = tools.Select(Tools.Create).ToArray();
        for (int pass = 0; pass < warmupPasses; pass++)
        {
            for (int i = 0; i < Math.Min(warmupPages, pages.Count); i++)
            {
                foreach (var w in work)
                {
                    Try(w, pages[i]);
                }
            }
        }

        Collect();
        var times = new double[tools.Count][];
        var cpu = new double[tools.Count];
        var allocated = new long[tools.Count];
        var failed = new int[tools.Count];
        for (int t = 0; t < tools.Count; t++)
        {
            times[t] = new double[pages.Count];
        }

        for (int i = 0; i < pages.Count; i++)
        {
            for (int k = 0; k < tools.Count; k++)
            {
                int t = (i + k) % tools.Count;
                long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                double cpuStart = ThreadCpuClock.NowMs();
                long start = Stopwatch.GetTimestamp();
                if (!Try(work[t], pages[i]))
                {
                    failed[t]++;
                }

                times[t][i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                cpu[t] += ThreadCpuClock.NowMs() - cpuStart;
                allocated[t] += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            }
        }

        using var process = Process.GetCurrentProcess();
        double peakMb = Mb(process.PeakWorkingSet64);
        var results = new ToolResult[tools.Count];
        for (int t = 0; t < tools.Count; t++)
        {
            var stageTimes = stages && tools[t] == Tools.Ours ? StageTimer.Run(pages) : null;
            double seconds = times[t].Sum() / 1000;
            Array.Sort(times[t]);
            results[t] = new ToolResult(
                tools[t],
                pages.Count,
                failed[t],
                seconds,
                pages.Count / seconds,
                times[t].Average(),
                Percentile(times[t], 0.50),
                Percentile(times[t], 0.95),
                cpu[t] / pages.Count,
                Mb(allocated[t]) / pages.Count,
                peakMb,
                loadedMb,
                stageTimes);
        }

        return results;
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
