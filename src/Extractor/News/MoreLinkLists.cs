using Extractor.Content;
using static Extractor.News.LinkedText;

namespace Extractor.News;

/// <summary>
/// A "Related:" list inside the body: a block that is only a read-on label ("Related:", "Also read:",
/// "More on Wharton:", "Related articles and links:"; a heading needs no colon: "More great bread recipes") followed
/// by list items that are each one link. The items become "More:" links and leave the body with their label. A label
/// that ends the body goes; one followed by anything else stays.
/// </summary>
internal static class MoreLinkLists
{
    private const int MaxLabelWords = 8;
    private const int MaxLabelLength = 80;

    /// <summary>What a block that labels no list gives: shared, never added to.</summary>
    private static readonly List<(BlockLink Link, Uri Url)> NoLinks = [];

    /// <summary>The words that make a label a read-on label when they open it ("Related Topics", "More Resources").</summary>
    private static readonly string[] OpeningWords = ["Related", "More"];

    /// <summary>
    /// When <paramref name="index"/> is such a label, the index after its list, with the list's links in
    /// <paramref name="links"/>; otherwise <paramref name="index"/> itself.
    /// </summary>
    public static int Take(IReadOnlyList<BodyBlock> blocks, int index, out List<(BlockLink Link, Uri Url)> links)
    {
        if (!IsLabel(blocks[index]))
        {
            links = NoLinks;
            return index;
        }

        links = [];
        int next = index + 1;
        while (next < blocks.Count && blocks[next].Kind == BlockKind.ListItem && OneLink(blocks[next]) is { } link)
        {
            links.Add(link);
            next++;
        }

        // A label that ends the body lost its list to the cleaning: it leads nowhere and goes too.
        return links.Count > 0 || next == blocks.Count ? next : index;
    }

    private static bool IsLabel(BodyBlock block)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.Heading) || block.Links.Count > 0
            || block.Text.Length > MaxLabelLength
            || (block.Kind != BlockKind.Heading && !block.Text.AsSpan().TrimEnd().EndsWith(':')))
        {
            return false;
        }

        string unwrapped = MoreLinkDetector.Unwrapped(block.Text);
        if (!MoreLinkDetector.OpensWithLabelWord(unwrapped))
        {
            return false;
        }

        string label = unwrapped.TrimEnd().TrimEnd(':').TrimEnd();
        string[] words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxLabelWords || !char.IsUpper(words[0][0]))
        {
            return false;
        }

        if (Lexicon.MoreLabels.Contains(label) || OpeningWords.Contains(words[0], StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        // A known label of two or three words opening a longer one ("Also read this week", "Further reading on AI").
        for (int n = 2; n <= Math.Min(3, words.Length); n++)
        {
            if (Lexicon.MoreLabels.Contains(string.Join(' ', words, 0, n)))
            {
                return true;
            }
        }

        return false;
    }

    private static (BlockLink Link, Uri Url)? OneLink(BodyBlock item)
    {
        if (item.Links.Count != 1)
        {
            return null;
        }

        var usable = Usable(item.Links, item.Text);
        return usable.Count == 1 && LinkShare(usable, item.Text) >= MinLinkShare ? usable[0] : null;
    }
}
