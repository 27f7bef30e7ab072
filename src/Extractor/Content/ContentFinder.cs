using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Extractor.Metadata;

namespace Extractor.Content;

/// <summary>
/// Finds the main content and turns it into ordered body blocks: collect the page's text blocks in one walk,
/// weigh them, pick the element whose blocks weigh most, keep the body blocks inside it; when that body is short,
/// compare it with SmartReader's.
/// </summary>
internal static class ContentFinder
{
    /// <param name="document">The cleaned page.</param>
    /// <param name="metadata">What the metadata stage found (the headline and the page title are kept out of the body).</param>
    /// <param name="address">The page's address, to make links absolute.</param>
    /// <param name="secondOpinion">Whether SmartReader may be consulted when the own result is short.</param>
    public static IReadOnlyList<BodyBlock> Find(IDocument document, PageMetadata metadata, Uri? address, bool secondOpinion = true)
    {
        if (document.Body is not { } body)
        {
            return [];
        }

        // The page title as the metadata stage read it: by now the cleaner has removed the head, and asking the
        // document for its title would search the whole tree for a <title> element that is no longer there.
        var title = new TitleMatcher(metadata.Headline, metadata.DocumentTitle, metadata.Authors);
        var own = OwnBlocks(body, title, address, metadata.JsonLdArticleBody, out double pageWeight);
        if (!secondOpinion || document is not IHtmlDocument html)
        {
            return own;
        }

        if (!SecondOpinion.IsUnsure(own, pageWeight)
            || SecondOpinion.Consult(html, address, string.Join(SecondOpinion.BlockSeparator, own.Select(b => b.Text)), metadata.JsonLdArticleBody) is not { } theirs)
        {
            return own;
        }

        return theirs.Where(p => !title.IsTitle(p)).Select(p => new BodyBlock(BlockKind.Paragraph, p, 0, [])).ToArray();
    }

    private static BodyBlock[] OwnBlocks(IElement body, TitleMatcher title, Uri? address, string? jsonLdBody, out double pageWeight)
    {
        var (blocks, nodes) = BlockCollector.Collect(body, address);
        BlockWeights.AssignIntrinsic(blocks);
        pageWeight = 0;
        foreach (var block in blocks)
        {
            pageWeight += Math.Max(0, block.Weight);
        }

        BoilerplateResolver.Resolve(blocks, nodes);
        BlockWeights.ApplyBoilerplate(blocks);
        TeaserDetector.Mark(blocks);
        var container = ContainerSelector.Select(blocks, nodes);
        if (container is null)
        {
            return [];
        }

        var filtered = BlockFilter.Filter(blocks, container, title);
        DropCaps.Restore(blocks, filtered);
        var kept = JsonLdSignal.AddMissing(blocks, filtered, jsonLdBody);
        var result = new BodyBlock[kept.Count];
        for (int i = 0; i < kept.Count; i++)
        {
            result[i] = kept[i].ToBodyBlock();
        }

        return result;
    }
}
