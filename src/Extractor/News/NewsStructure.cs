using Extractor.Content;

namespace Extractor.News;

/// <summary>The news stage's output: the final body blocks and what was recognised in them.</summary>
internal sealed record NewsStructure(
    Dateline? Dateline,
    IReadOnlyList<BodyBlock> Blocks,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<MoreLink> MoreLinks);
