using Extractor.Content;
using static Extractor.News.LinkedText;

namespace Extractor.News;

/// <summary>
/// Takes inline "More:" links out of the body: a block (a paragraph, list item, heading or block quote, read without
/// surrounding brackets) that opens with a label and a colon ("More:", "READ MORE:", or a short kicker such as
/// "Internal memo:" when the rest is one headline linking to another story of the site), or with a read-on label
/// without one ("Also read"), whose remaining text is at least 90 % link text; a read-on label over a list of links
/// (<see cref="MoreLinkLists"/>); or, between body paragraphs, a short paragraph that is entirely one link to the same
/// site. Such a paragraph linking into the page itself ("View in list", a contents entry) leaves the body as
/// navigation, with no link recorded.
/// </summary>
internal static class MoreLinkDetector
{
    private const int MaxLabelWords = 4;
    private const int MaxLabelLength = 40;
    private const int MaxLinkWords = 25;
    private const int MaxLinks = 12;
    private const int MaxBlockLength = 1500;

    /// <summary>The fewest words of a link text read as a headline after an unknown label.</summary>
    private const int MinHeadlineWords = 5;

    /// <summary>Arrows and pointers set before a label, and the spaces and variation selector that go with them.</summary>
    private static readonly char[] LeadingMarks = ['»', '›', '>', '→', '➡', '▶', '►', '\uFE0F', ' '];

    public static (List<BodyBlock> Kept, List<MoreLink> Links) Detect(IReadOnlyList<BodyBlock> blocks, Uri? address)
    {
        var kept = new List<BodyBlock>(blocks.Count);
        var links = new List<MoreLink>();
        for (int i = 0; i < blocks.Count; i++)
        {
            int afterList = MoreLinkLists.Take(blocks, i, out var listed);
            if (afterList > i)
            {
                links.AddRange(listed.Select(l => new MoreLink(l.Link.Text, l.Url, kept.Count - 1)));
                i = afterList - 1;
                continue;
            }

            BodyBlock block = blocks[i];
            bool small = block.Links.Count is > 0 and <= MaxLinks && block.Text.Length <= MaxBlockLength;
            List<(BlockLink Link, Uri Url)>? found = small ? Labelled(block, address) ?? SameSiteLink(block, address, i, blocks.Count, kept.Count) : null;
            if (found is null)
            {
                kept.Add(block);
                continue;
            }

            foreach (var (link, url) in found)
            {
                links.Add(new MoreLink(link.Text, url, kept.Count - 1));
            }
        }

        return (kept, links);
    }

    private static List<(BlockLink, Uri)>? Labelled(BodyBlock block, Uri? address)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.ListItem or BlockKind.Heading or BlockKind.BlockQuote)
            || block.Links.Count == 0)
        {
            return null;
        }

        // A label without its colon first: in "Also read Remote work: 3 lessons" the colon is the headline's; in
        // "More on the topic: ..." it is the label's.
        string text = Unwrapped(block.Text);
        List<(BlockLink, Uri)>? found = null;
        if (TryBareLabel(text, out string label, out string rest))
        {
            found = Links(block, label, rest, address);
        }

        int colon = text.AsSpan(0, Math.Min(text.Length, MaxLabelLength + 1)).IndexOf(':');
        if (found is not null || colon <= 0)
        {
            return found;
        }

        return Links(block, text[..colon].Trim().TrimEnd('»', '›', '>', ' '), text[(colon + 1)..].Trim(), address);
    }

    /// <summary>The links of a block read as <paramref name="label"/> and the <paramref name="rest"/> it labels, when
    /// they make a "More:" link.</summary>
    private static List<(BlockLink, Uri)>? Links(BodyBlock block, string label, string rest, Uri? address)
    {
        // A known label may be longer ("In case you missed it"); an unknown one is a short kicker.
        bool known = Lexicon.MoreLabels.Contains(label);
        if (label.Length == 0 || !char.IsUpper(label[0]) || rest.Length == 0
            || (!known && CountWords(label, MaxLabelWords) > MaxLabelWords))
        {
            return null;
        }

        var usable = Usable(block.Links, rest);
        if (usable.Count == 0 || LinkShare(usable, rest) < MinLinkShare)
        {
            return null;
        }

        return known || IsStoryKicker(usable, address) ? usable : null;
    }

    /// <summary>
    /// A block set in brackets ("[ Also read: … ]") is read without them, and one led by arrows ("» Related Reading:",
    /// ">> See Also:", "➡️ Read more:") without those.
    /// </summary>
    public static string Unwrapped(string text)
    {
        text = text.TrimStart(LeadingMarks);
        return text.Length > 2 && text[0] is '[' or '(' && text.TrimEnd().TrimEnd('.')[^1] is ']' or ')'
            ? text.Trim().TrimEnd('.')[1..^1].Trim()
            : text;
    }

    /// <summary>Whether the text's first word (a colon after it aside) is one a "More:" label opens with: most blocks
    /// open otherwise, which is known without building anything.</summary>
    public static bool OpensWithLabelWord(string text)
    {
        var first = text.AsSpan();
        first = first[..(first.IndexOf(' ') is >= 0 and var space ? space : first.Length)].TrimEnd(':');
        return Lexicon.MoreLabelOpeners.Contains(first);
    }

    /// <summary>
    /// A label known to introduce a link without a colon (<see cref="MoreLinkLabels.WithoutColon"/>), from the
    /// block's first two to four words.
    /// </summary>
    private static bool TryBareLabel(string text, out string label, out string rest)
    {
        int end = text.IndexOf(' ');
        if (end <= 0 || !OpensWithLabelWord(text))
        {
            label = rest = string.Empty;
            return false;
        }

        for (int words = 1; end > 0 && words <= MaxLabelWords; words++, end = text.IndexOf(' ', end + 1))
        {
            if (words > 1 && Lexicon.BareMoreLabels.Contains(text.AsSpan(0, end)))
            {
                label = text[..end];
                rest = text[(end + 1)..].Trim();
                return true;
            }
        }

        label = rest = string.Empty;
        return false;
    }

    /// <summary>
    /// Whether a block under a label not known as a "More:" label ("Internal memo:", "Can also read:") is a kicker to
    /// another story: one link, to another page of the same site, whose text reads as a headline
    /// (<see cref="MinHeadlineWords"/> words or more). Labelled product names, shops, streaming services and sources
    /// ("Where to watch: Netflix", "Best overall: Apple Watch Ultra 3") are the body's own.
    /// </summary>
    private static bool IsStoryKicker(List<(BlockLink Link, Uri Url)> usable, Uri? address) =>
        usable.Count == 1 && address is not null && IsOtherPageOfSite(usable[0].Url, address)
        && CountWords(usable[0].Link.Text, MinHeadlineWords) >= MinHeadlineWords;

    private static List<(BlockLink, Uri)>? SameSiteLink(BodyBlock block, Uri? address, int index, int count, int keptBefore)
    {
        if (address is null || block.Kind != BlockKind.Paragraph || block.Links.Count != 1 || keptBefore == 0 || index == count - 1)
        {
            return null;
        }

        // The text's own shape first: it costs nothing next to reading the link's address.
        int words = CountWords(block.Text, MaxLinkWords);
        if (words is < 3 or > MaxLinkWords || block.Text.AsSpan().TrimEnd().EndsWith(':'))
        {
            return null;
        }

        var usable = Usable(block.Links, block.Text);
        if (usable.Count != 1 || !SameSite(usable[0].Item2, address) || LinkShare(usable, block.Text) < MinLinkShare)
        {
            return null;
        }

        // A link into the page itself ("View in list", a contents entry) is navigation: it leaves the body but leads to no story.
        return IsSamePage(usable[0].Item2, address) ? [] : usable;
    }
}
