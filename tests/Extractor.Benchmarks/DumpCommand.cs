using Extractor.Benchmarks.Pages;

namespace Extractor.Benchmarks;

/// <summary>
/// <c>dump --bench DIR --out DIR</c>: every page's full article JSON (or its error kind) to <c>OUT/ID.json</c>, so
/// that two builds can be diffed page by page: a speed change must leave every file the same.
/// </summary>
internal static class DumpCommand
{
    public static int Run(string[] args)
    {
        string? folder = Environment.GetEnvironmentVariable(PageFolder.EnvironmentVariable);
        string? output = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--bench" when i + 1 < args.Length: folder = args[++i]; break;
                case "--out" when i + 1 < args.Length: output = args[++i]; break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        if (folder is null || output is null)
        {
            throw new ArgumentException("dump needs --bench DIR and --out DIR.");
        }

        Directory.CreateDirectory(output);
        using var extractor = new ArticleExtractor();
        int failed = 0;
        var pages = PageFolder.Load(PageFolder.ResolveHtmlFolder(folder));
        foreach (var page in pages)
        {
            string text;
            try
            {
                text = extractor.Extract(page.Html, page.Address).ToJson();
            }
            catch (ExtractionException e)
            {
                failed++;
                text = "error: " + e.Kind;
            }

            File.WriteAllText(Path.Combine(output, page.Id + ".json"), text);
        }

        Console.Error.WriteLine($"dump: {pages.Count} pages, {failed} failed, to {output}");
        return 0;
    }
}
