using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Extractor.Benchmarks.Pages;
using Extractor.Content;
using Extractor.Metadata;
using Extractor.News;

namespace Extractor.Benchmarks.Stages;

/// <summary>
/// Stages that do not change their input (decode, parse, news structure, render), the whole extraction, and the two
/// references: SmartReader and AngleSharp's bare parse. One row per page and stage, with allocations.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks : IDisposable
{
    private static readonly HtmlParser BareParser = new();
    private readonly ArticleExtractor extractor = new();
    private BenchPage page = null!;
    private byte[] bytes = null!;
    private IReadOnlyList<BodyBlock> body = null!;
    private PageMetadata metadata = null!;
    private NewsStructure news = null!;

    /// <summary>The page id, from the folder given to the runner.</summary>
    [ParamsSource(nameof(PageIds))]
    public string Page { get; set; } = string.Empty;

    /// <summary>The page ids chosen by the runner.</summary>
    public static IEnumerable<string> PageIds => BenchmarkPages.Ids();

    /// <summary>Loads the page and runs the pipeline once to get each stage's input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        page = BenchmarkPages.Get(Page);
        bytes = page.Bytes;
        using var document = StagePipeline.Parse(page.Html);
        metadata = StagePipeline.Metadata(document, page.Address);
        StagePipeline.Clean(document);
        body = StagePipeline.Content(document, metadata, page.Address);
        news = StagePipeline.News(body, page.Address);
    }

    /// <summary>Releases the extractor.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        extractor.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Bytes to text.</summary>
    [Benchmark]
    public string Decode() => StagePipeline.Decode(bytes);

    /// <summary>Text to DOM, with the library's parser settings.</summary>
    [Benchmark]
    public object Parse()
    {
        using var document = StagePipeline.Parse(page.Html);
        return document;
    }

    /// <summary>Body blocks to news structure.</summary>
    [Benchmark]
    public object Structure() => StagePipeline.News(body, page.Address);

    /// <summary>Assembling the article and rendering it as compact JSON.</summary>
    [Benchmark]
    public string Render() => StagePipeline.Render(StagePipeline.Build(metadata, news, page.Address));

    /// <summary>The whole extraction through the public facade.</summary>
    [Benchmark]
    public object? Extract()
    {
        try
        {
            return extractor.Extract(page.Html, page.Address);
        }
        catch (ExtractionException)
        {
            return null;
        }
    }

    /// <summary>Reference: SmartReader on the same text.</summary>
    [Benchmark]
    public object SmartReader() => new SmartReader.Reader(page.Url, page.Html).GetArticle();

    /// <summary>Reference: AngleSharp's parse with default settings, nothing on top.</summary>
    [Benchmark]
    public object ParseOnly()
    {
        using var document = BareParser.ParseDocument(page.Html);
        return document;
    }
}
