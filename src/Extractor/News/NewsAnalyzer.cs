using Extractor.Content;

namespace Extractor.News;

/// <summary>Finds the news structure in the body blocks: "More:" links, the dateline, then the quotes.</summary>
internal static class NewsAnalyzer
{
    public static NewsStructure Analyze(IReadOnlyList<BodyBlock> blocks, Uri? address)
    {
        _ = address;
        return new NewsStructure(null, blocks, [], []);
    }
}
