namespace Extractor.Benchmarks.Throughput;

/// <summary>One tool's numbers from one pass over the pages, in one process.</summary>
internal sealed record ToolResult(
    string Tool,
    int Pages,
    int Failed,
    double Seconds,
    double PagesPerSecond,
    double MeanMs,
    double P50Ms,
    double P95Ms,
    double CpuMs,
    double AllocatedMbPerPage,
    double PeakMb,
    double LoadedMb,
    IReadOnlyList<StageTime>? Stages);

/// <summary>The mean time and allocation per page of one pipeline stage.</summary>
internal sealed record StageTime(string Stage, double MeanMs, double AllocatedMbPerPage);
