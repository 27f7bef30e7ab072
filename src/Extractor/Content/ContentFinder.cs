using AngleSharp.Dom;
using Extractor.Metadata;

namespace Extractor.Content;

/// <summary>
/// Finds the main content and turns it into ordered body blocks: collect the page's text blocks in one walk,
/// weigh them, pick the element whose blocks weigh most, keep the body blocks inside it.
/// </summary>
internal static class ContentFinder
{
    public static IReadOnlyList<BodyBlock> Find(IDocument document, PageMetadata metadata, Uri? address)
    {
        if (document.Body is not { } body)
        {
            return [];
        }

        var (blocks, nodes) = BlockCollector.Collect(body, address);
        BlockWeights.AssignIntrinsic(blocks);
        BoilerplateResolver.Resolve(blocks, nodes);
        BlockWeights.ApplyBoilerplate(blocks);
        TeaserDetector.Mark(blocks);
        var container = ContainerSelector.Select(blocks, nodes);
        if (container is null)
        {
            return [];
        }

        var kept = BlockFilter.Filter(blocks, container, new TitleMatcher(metadata.Headline, document.Title));
        var result = new BodyBlock[kept.Count];
        for (int i = 0; i < kept.Count; i++)
        {
            result[i] = kept[i].ToBodyBlock();
        }

        return result;
    }
}
