using Extractor.Benchmarks.Pages;
using Extractor.Benchmarks.Stages;

namespace Extractor.Benchmarks.Throughput;

/// <summary>
/// A second, separate pass of our pipeline with the thread's CPU clock and allocation counter around each stage: where the
/// time goes, over all pages. Run after the timed pass so it never perturbs it.
/// </summary>
internal static class StageTimer
{
    private static readonly string[] Names = ["decode", "parse", "metadata", "clean", "content", "structure", "render"];

    public static IReadOnlyList<StageTime> Run(IReadOnlyList<BenchPage> pages)
    {
        var ms = new double[Names.Length];
        var bytes = new long[Names.Length];
        ToolPass.Collect();
        foreach (var page in pages)
        {
            try
            {
                RunPage(page, ms, bytes);
            }
#pragma warning disable CA1031 // The stage timer survives a page the pipeline rejects.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        var result = new StageTime[Names.Length];
        for (int i = 0; i < Names.Length; i++)
        {
            result[i] = new StageTime(Names[i], ms[i] / pages.Count, ToolPass.Mb(bytes[i]) / pages.Count);
        }

        return result;
    }

    private static void RunPage(BenchPage page, double[] ms, long[] bytes)
    {
        byte[] pageBytes = page.Bytes;
        int stage = 0;
        double t = ThreadCpuClock.NowMs();
        long a = GC.GetAllocatedBytesForCurrentThread();

        void Lap()
        {
            double now = ThreadCpuClock.NowMs();
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            ms[stage] += now - t;
            bytes[stage] += allocated - a;
            stage++;
            t = ThreadCpuClock.NowMs();
            a = GC.GetAllocatedBytesForCurrentThread();
        }

        string html = StagePipeline.Decode(pageBytes);
        Lap();
        using var document = StagePipeline.Parse(html);
        Lap();
        var metadata = StagePipeline.Metadata(document, page.Address);
        Lap();
        StagePipeline.Clean(document);
        Lap();
        var body = StagePipeline.Content(document, metadata, page.Address);
        Lap();
        var news = StagePipeline.News(body, page.Address);
        Lap();
        GC.KeepAlive(StagePipeline.Render(StagePipeline.Build(metadata, news, page.Address)));
        Lap();
    }
}
