using System.Globalization;
using System.Runtime.InteropServices;

namespace Extractor.Benchmarks.Throughput;

/// <summary>Prints the throughput table (Markdown, so it pastes into the README) and the ratios the targets use.</summary>
internal static class ResultTable
{
    public static string Machine()
    {
        string model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
            : "?";
        return $"Machine: {model}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}; "
            + "one page at a time on one thread, each tool in its own process.";
    }

    public static void Print(IReadOnlyList<ToolResult> results)
    {
        Console.WriteLine("| tool | pages | failed | pages/s | mean ms | p50 ms | p95 ms | CPU ms/page | alloc MB/page | peak MB | peak above loaded pages MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {r.Tool} | {r.Pages} | {r.Failed} | {r.PagesPerSecond:F1} | {r.MeanMs:F2} | {r.P50Ms:F2} | {r.P95Ms:F2} | {r.CpuMs:F2} | {r.AllocatedMbPerPage:F2} | {r.PeakMb:F0} | {r.PeakMb - r.LoadedMb:F0} |"));
        }

        PrintRatios(results.ToDictionary(r => r.Tool, r => r));
        foreach (var r in results.Where(r => r.Stages is not null))
        {
            Console.WriteLine();
            Console.WriteLine($"Stages of {r.Tool} (a separate pass): | stage | CPU ms/page | share | alloc MB/page |");
            double total = r.Stages!.Sum(s => s.MeanMs);
            foreach (var s in r.Stages!)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {s.Stage} | {s.MeanMs:F3} | {s.MeanMs / total:P0} | {s.AllocatedMbPerPage:F2} |"));
            }
        }
    }

    public static void PrintMedians(IReadOnlyList<IReadOnlyList<ToolResult>> runs)
    {
        var medians = runs[0].Select(first =>
        {
            var all = runs.Select(run => run.Single(r => r.Tool == first.Tool)).ToList();
            return first with
            {
                PagesPerSecond = Median(all.Select(r => r.PagesPerSecond)),
                MeanMs = Median(all.Select(r => r.MeanMs)),
                P50Ms = Median(all.Select(r => r.P50Ms)),
                P95Ms = Median(all.Select(r => r.P95Ms)),
                CpuMs = Median(all.Select(r => r.CpuMs)),
                AllocatedMbPerPage = Median(all.Select(r => r.AllocatedMbPerPage)),
                PeakMb = Median(all.Select(r => r.PeakMb)),
                LoadedMb = Median(all.Select(r => r.LoadedMb)),
                Stages = null,
            };
        }).ToList();
        Print(medians);

        var perRun = runs.Select(run => Ratios(run.ToDictionary(r => r.Tool, r => r))).ToList();
        if (perRun.All(r => r.Count > 0))
        {
            Console.WriteLine("Ratios, median of the per-run ratios: " + string.Join(", ", perRun[0].Keys.Select(k =>
                string.Create(CultureInfo.InvariantCulture, $"{k} {Median(perRun.Select(r => r[k])):F2}"))));
        }
    }

    private static void PrintRatios(Dictionary<string, ToolResult> byTool)
    {
        var ratios = Ratios(byTool);
        if (ratios.Count > 0)
        {
            Console.WriteLine("Ratios: " + string.Join(", ", ratios.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:F2}"))));
        }
    }

    private static Dictionary<string, double> Ratios(Dictionary<string, ToolResult> byTool)
    {
        var ratios = new Dictionary<string, double>(StringComparer.Ordinal);
        if (byTool.TryGetValue(Tools.Ours, out var ours))
        {
            if (byTool.TryGetValue(Tools.SmartReader, out var smart))
            {
                ratios["pages/s ours/SmartReader (target >= 3)"] = ours.PagesPerSecond / smart.PagesPerSecond;
                ratios["CPU speed ours/SmartReader"] = smart.CpuMs / ours.CpuMs;
            }

            if (byTool.TryGetValue(Tools.ParseOnly, out var parse))
            {
                ratios["time/page ours/parse-only (target <= 1.5)"] = ours.MeanMs / parse.MeanMs;
                ratios["p50 ours/parse-only"] = ours.P50Ms / parse.P50Ms;
                ratios["CPU time/page ours/parse-only"] = ours.CpuMs / parse.CpuMs;
            }
        }

        return ratios;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
