using System.Diagnostics;
using System.Globalization;
using Extractor.Cleaning;
using Extractor.Content;
using Extractor.Metadata;
using Extractor.News;
using Extractor.Parsing;

namespace Extractor.Fuzz;

/// <summary>Times each stage on one file, to tell which one a slow hostile case spends its time in.</summary>
internal static class StageTimer
{
    public static int Run(string path)
    {
        string html = File.ReadAllText(path);
        var options = new ExtractorOptions();
        var address = new Uri("https://example.com/news/story");
        var clock = Stopwatch.StartNew();
        void Report(string stage)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-10} {clock.Elapsed.TotalMilliseconds,8:0} ms"));
            clock.Restart();
        }

        using var document = HtmlDocumentLoader.Load(html, options, CancellationToken.None);
        Report("load");
        PageMetadata metadata = MetadataReader.Read(document, address);
        Report("metadata");
        BoilerplateCleaner.Clean(document);
        Report("cleaning");
        IReadOnlyList<BodyBlock> body = ContentFinder.Find(document, metadata, address, options.UseSmartReaderFallback);
        Report("content");
        NewsAnalyzer.Analyze(body, address);
        Report("news");
        return 0;
    }
}
