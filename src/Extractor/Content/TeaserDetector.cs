using Extractor.Cleaning;

namespace Extractor.Content;

/// <summary>
/// Finds teaser cards, the shape of "related posts", "latest news" and archive lists: a small element holding a
/// linked title (a block that is almost all link) and a short excerpt. Listicles have the same shape inside the
/// article, so a card is only a mark; <see cref="BlockFilter"/> drops cards that trail the article text.
/// </summary>
internal static class TeaserDetector
{
    /// <summary>A title block has at least this share of link text.</summary>
    public const double TitleLinkDensity = 0.8;

    /// <summary>A card holds at most this many blocks.</summary>
    public const int MaxCardBlocks = 5;

    /// <summary>A card holds at most this much text.</summary>
    public const int MaxCardLength = 800;

    public static void Mark(List<TextBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Text.Length < 12 || block.Kind == BlockKind.ListItem || !IsLinkedTitle(block))
            {
                continue;
            }

            var card = block.Owner;
            while (card.Parent is not null && card.EndBlock - card.FirstBlock <= 1)
            {
                card = card.Parent;
            }

            int count = card.EndBlock - card.FirstBlock;
            // A quotation with its linked source ("... restaurants." From MarketWatch) has the shape of a card, but it
            // is the page quoting, not the page pointing elsewhere.
            if (count < 2 || count > MaxCardBlocks || card.Flag != BoilerplateVerdict.None || card.Teaser || card.Element.LocalName == "blockquote")
            {
                continue;
            }

            int length = 0;
            bool excerpt = false;
            for (int i = card.FirstBlock; i < card.EndBlock && length <= MaxCardLength; i++)
            {
                length += blocks[i].Text.Length;
                excerpt |= blocks[i] != block && blocks[i].LinkDensity < 0.5 && blocks[i].Text.Length >= 40;
            }

            if (excerpt && length <= MaxCardLength)
            {
                card.Teaser = true;
            }
        }
    }

    /// <summary>Whether the block is almost all link. Link length counts no spaces, so it is weighed against the
    /// text's letters without spaces too: a title of short words, all one link, is all link.</summary>
    private static bool IsLinkedTitle(TextBlock block) =>
        block.LinkLength > 0 && block.LinkLength >= TitleLinkDensity * (block.Text.Length - block.Text.AsSpan().Count(' '));
}
