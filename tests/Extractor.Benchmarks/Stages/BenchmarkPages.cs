using Extractor.Benchmarks.Pages;

namespace Extractor.Benchmarks.Stages;

/// <summary>
/// Which pages the stage benchmarks run on. The folder and the page ids travel in environment variables so that
/// BenchmarkDotNet's child processes see the same choice as the host.
/// </summary>
internal static class BenchmarkPages
{
    public const string IdsVariable = "EXTRACTOR_BENCH_PAGES";

    private static readonly Dictionary<string, BenchPage> Cache = new(StringComparer.Ordinal);

    public static string Folder =>
        Environment.GetEnvironmentVariable(PageFolder.EnvironmentVariable)
        ?? throw new InvalidOperationException($"Set {PageFolder.EnvironmentVariable} or pass --bench DIR.");

    public static IEnumerable<string> Ids() =>
        (Environment.GetEnvironmentVariable(IdsVariable) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static BenchPage Get(string id)
    {
        if (!Cache.TryGetValue(id, out var page))
        {
            page = PageFolder.Load(PageFolder.ResolveHtmlFolder(Folder), [id]).Single();
            Cache[id] = page;
        }

        return page;
    }

    /// <summary>A handful of representative pages: those at the 10th, 30th, 50th, 70th and 90th size percentiles.</summary>
    public static string[] ChooseRepresentative(string htmlFolder)
    {
        var bySize = PageFolder.ListFiles(htmlFolder).OrderBy(f => new FileInfo(f).Length).ToArray();
        return new[] { 0.1, 0.3, 0.5, 0.7, 0.9 }
            .Select(q => PageFolder.IdOf(bySize[(int)(q * (bySize.Length - 1))]))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }
}
