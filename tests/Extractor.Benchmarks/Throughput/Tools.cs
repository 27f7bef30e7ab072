using AngleSharp.Html.Parser;
using Extractor.Benchmarks.Pages;

namespace Extractor.Benchmarks.Throughput;

/// <summary>The three things the throughput runner times, each as "one page in, result out".</summary>
internal static class Tools
{
    public const string Ours = "ours";
    public const string SmartReader = "smartreader";
    public const string ParseOnly = "parse-only";

    public const string ParseOurs = "parse-ours";

    public static readonly string[] All = [Ours, SmartReader, ParseOnly];

    /// <summary>Returns the work for one page, and whether a failure (an exception) is expected to be counted.</summary>
    public static Func<BenchPage, object?> Create(string tool)
    {
        switch (tool)
        {
            case Ours:
                // One extractor for the whole run, as the library documents ("create one and reuse it").
                var extractor = new ArticleExtractor();
                return page => extractor.Extract(page.Html, page.Address);
            case SmartReader:
                return page => new SmartReader.Reader(page.Url, page.Html).GetArticle();
            case ParseOnly:
                var parser = new HtmlParser();
                return page =>
                {
                    using var document = parser.ParseDocument(page.Html);
                    return document.Body;
                };
            case ParseOurs:
                // The library's own parse, with its parser settings: the floor under our pipeline.
                return page =>
                {
                    using var document = Parsing.HtmlDocumentLoader.Load(page.Html);
                    return document.Body;
                };
            default:
                throw new ArgumentException($"Unknown tool '{tool}'; expected one of {string.Join(", ", All)}.", nameof(tool));
        }
    }
}
