using AngleSharp.Html.Dom;
using BenchmarkDotNet.Attributes;
using Extractor.Benchmarks.Pages;
using Extractor.Metadata;

namespace Extractor.Benchmarks.Stages;

/// <summary>
/// Stages that read or change the DOM (metadata, clean, content). Each invocation gets its own freshly prepared
/// document from a pool filled before the iteration, outside the measurement.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(PoolSize)]
public class DomStageBenchmarks
{
    private const int PoolSize = 16;
    private readonly IHtmlDocument[] documents = new IHtmlDocument[PoolSize];
    private readonly PageMetadata[] metadata = new PageMetadata[PoolSize];
    private BenchPage page = null!;
    private int next;

    /// <summary>The page id, from the folder given to the runner.</summary>
    [ParamsSource(nameof(PageIds))]
    public string Page { get; set; } = string.Empty;

    /// <summary>The page ids chosen by the runner.</summary>
    public static IEnumerable<string> PageIds => BenchmarkPages.Ids();

    /// <summary>Loads the page.</summary>
    [GlobalSetup]
    public void Setup() => page = BenchmarkPages.Get(Page);

    /// <summary>Fresh parsed documents for the metadata stage.</summary>
    [IterationSetup(Target = nameof(Metadata))]
    public void SetupMetadata() => Fill(clean: false);

    /// <summary>Fresh parsed documents, metadata read, for the cleaning stage.</summary>
    [IterationSetup(Target = nameof(Clean))]
    public void SetupClean() => Fill(clean: false);

    /// <summary>Fresh cleaned documents for the content stage.</summary>
    [IterationSetup(Target = nameof(Content))]
    public void SetupContent() => Fill(clean: true);

    /// <summary>Disposes the pool.</summary>
    [IterationCleanup]
    public void Release()
    {
        foreach (var document in documents)
        {
            document?.Dispose();
        }
    }

    /// <summary>DOM to metadata (JSON-LD, meta tags, title, authors, dates).</summary>
    [Benchmark]
    public object Metadata()
    {
        int i = next++;
        return StagePipeline.Metadata(documents[i], page.Address);
    }

    /// <summary>Boilerplate removal, in place.</summary>
    [Benchmark]
    public object Clean()
    {
        int i = next++;
        StagePipeline.Clean(documents[i]);
        return documents[i];
    }

    /// <summary>Cleaned DOM to ordered body blocks.</summary>
    [Benchmark]
    public object Content()
    {
        int i = next++;
        return StagePipeline.Content(documents[i], metadata[i], page.Address);
    }

    private void Fill(bool clean)
    {
        next = 0;
        for (int i = 0; i < PoolSize; i++)
        {
            documents[i] = StagePipeline.Parse(page.Html);
            metadata[i] = StagePipeline.Metadata(documents[i], page.Address);
            if (clean)
            {
                StagePipeline.Clean(documents[i]);
            }
        }
    }
}
