using System.Diagnostics;
using System.Text.Json;
using Extractor.Accuracy.Scoring;

namespace Extractor.Accuracy;

/// <summary>What one tool answered for one page: the body and the metadata it found.</summary>
internal sealed record ToolAnswer(string Body, string? Title, IReadOnlyList<string> Authors, DateTimeOffset? Published, string? Error);

/// <summary>A tool the runner measures: a name (its output folder) and a function from page to answer.</summary>
internal sealed record Tool(string Name, Func<BenchPage, ToolAnswer> Extract);

/// <summary>Runs one tool over every page, single-threaded, timing only the extraction, and writes its predictions.</summary>
internal static class ToolRun
{
    public static Dictionary<string, ToolAnswer> Run(Tool tool, IReadOnlyList<BenchPage> pages, string outFolder, int warmup)
    {
        string dir = Path.Combine(outFolder, tool.Name);
        Directory.CreateDirectory(dir);
        foreach (var page in pages.Take(warmup))
        {
            _ = tool.Extract(page);
        }

        var answers = new Dictionary<string, ToolAnswer>(StringComparer.Ordinal);
        var watch = new Stopwatch();
        foreach (var page in pages)
        {
            watch.Start();
            ToolAnswer answer = tool.Extract(page);
            watch.Stop();
            answers[page.Id] = answer;
        }

        foreach (var page in pages)
        {
            File.WriteAllText(Path.Combine(dir, page.Id + ".json"), JsonSerializer.Serialize(new Dictionary<string, string> { ["articleBody"] = answers[page.Id].Body }));
        }

        File.WriteAllText(Path.Combine(dir, "TIMING.json"), JsonSerializer.Serialize(new Dictionary<string, double> { ["seconds"] = Math.Round(watch.Elapsed.TotalSeconds, 3), ["pages"] = pages.Count }));
        return answers;
    }
}
