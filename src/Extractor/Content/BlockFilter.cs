using Extractor.Cleaning;

namespace Extractor.Content;

/// <summary>
/// Chooses, inside the article's element, the blocks that are body text: not in boilerplate below the article
/// element, not captions, not link lists, not boilerplate by wording, not repeated; then trims the head
/// (<see cref="BodyHead"/>) and the tail (<see cref="BodyTail"/>) of what is kept, and leaves no heading without a
/// kept block under it.
/// </summary>
internal static class BlockFilter
{
    /// <summary>Blocks with a larger share of link text are link lists, not text.</summary>
    public const double MaxLinkDensity = 0.7;

    /// <summary>Repeated text shorter than this (labels, short list items) is kept; longer repeats are dropped.</summary>
    public const int MinRepeatedLength = 50;

    /// <summary>A paragraph this long starts the body text: no title is looked for after it.</summary>
    public const int BodyParagraphLength = 80;

    /// <summary>Headings up to this level are section headings, never bylines ("By Region"); smaller ones can be.</summary>
    public const int MaxSectionHeadingLevel = 4;

    /// <summary>A run of at least this many list items that are links is a directory, not a list of the text's own.</summary>
    public const int MinDirectoryItems = 50;

    /// <summary>What <see cref="LinkDirectories"/> gives for a container without one: shared, never added to.</summary>
    private static readonly HashSet<int> NoItems = [];

    public static List<TextBlock> Filter(List<TextBlock> blocks, ContentNode container, TitleMatcher title)
    {
        var kept = new List<TextBlock>(container.EndBlock - container.FirstBlock);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int lastText = LastTextParagraph(blocks, container);
        var directory = LinkDirectories(blocks, container);
        for (int i = container.FirstBlock; i < container.EndBlock; i++)
        {
            var block = blocks[i];
            if (block.Owner.NearestBoilerplate is { } boilerplate && boilerplate.Depth > container.Depth)
            {
                continue;
            }

            if (block.Caption && !container.IsWithin(block.Owner))
            {
                continue;
            }

            // A link list or boilerplate wording goes, unless a label leads it ("More: ...") for the news stage. Code is
            // not prose: its wording says nothing ("// Copyright 2024 ...", a string "Subscribe").
            bool code = block.Kind == BlockKind.Preformatted;
            bool linkList = block.Kind != BlockKind.Heading && !code && block.LinkDensity > MaxLinkDensity && !InTableCell(block.Owner)
                && ((block.Kind != BlockKind.ListItem && !InListItem(block.Owner)) || i > lastText
                    || directory.Contains(i));
            if ((linkList || (!code && BoilerplateText.IsBoilerplate(block.Text, block.Kind == BlockKind.Heading && block.Level <= MaxSectionHeadingLevel)))
                && !LeadLabels.LeadsLinkLine(block.Text))
            {
                continue;
            }

            // Headings and table rows repeat by design (a header row over each of several tables).
            if (block.Kind is not (BlockKind.Heading or BlockKind.TableRow) && block.Text.Length > MinRepeatedLength && !seen.Add(block.Text))
            {
                continue;
            }

            kept.Add(block);
        }

        TableOfContents.Drop(kept);
        Kickers.Drop(kept);
        OrphanLabels.Drop(kept);
        BodyHead.DropLeadingTitle(kept, title, container);
        BodyTail.DropTail(kept, title);
        EndSeparator.DropEnd(kept);
        BodyTail.DropTrailingTeasers(kept);
        BodyTail.DropTrailingBio(kept, title);
        TrailingPrompts.Drop(kept);
        BodyHead.DropLeadingBio(kept);
        DropEmptySections(kept);
        return kept;
    }

    /// <summary>
    /// The list items of the container that stand in a run of <see cref="MinDirectoryItems"/> or more linked items one
    /// after another ("Akron movers", "Albion movers", ... under a guide to one city's movers): a site's directory set
    /// inside the article, which a list of sources or steps before the last paragraph never is.
    /// </summary>
    private static HashSet<int> LinkDirectories(List<TextBlock> blocks, ContentNode container)
    {
        HashSet<int>? items = null;
        for (int i = container.FirstBlock; i < container.EndBlock;)
        {
            int end = i;
            while (end < container.EndBlock && blocks[end].Kind == BlockKind.ListItem && blocks[end].LinkDensity > MaxLinkDensity)
            {
                end++;
            }

            if (end - i >= MinDirectoryItems)
            {
                items ??= [];
                for (int k = i; k < end; k++)
                {
                    items.Add(k);
                }
            }

            i = Math.Max(end, i + 1);
        }

        return items ?? NoItems;
    }

    /// <summary>
    /// The index of the container's last paragraph of text (long, few links); a list of links before it is a part of
    /// the article (sources, steps, further reading in the text), one after it is what follows the article.
    /// </summary>
    private static int LastTextParagraph(List<TextBlock> blocks, ContentNode container)
    {
        for (int i = container.EndBlock - 1; i >= container.FirstBlock; i--)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.Paragraph && block.Text.Length >= BodyParagraphLength && block.LinkDensity < 0.5
                && block.Owner.NearestBoilerplate is null && !BoilerplateText.IsAuthorBio(block.Text))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the element is a row of a data table (read as one block), a cell of a table row of two or more cells,
    /// or sits in one (a paragraph in a cell): a linked cell is data. A lone cell is layout, and its links are judged
    /// as anywhere else.
    /// </summary>
    private static bool InTableCell(ContentNode? node)
    {
        for (int up = 0; up < 3 && node is not null; up++, node = node.Parent)
        {
            var element = node.Element;
            if (element.LocalName == "tr")
            {
                return true;
            }

            if (element.LocalName is "td" or "th")
            {
                return element.ParentElement is { ChildElementCount: > 1 };
            }
        }

        return false;
    }

    /// <summary>Whether the block is a paragraph of a list item (<c>&lt;li&gt;&lt;p&gt;</c>, as Markdown and AsciiDoc
    /// write loose lists): such a list is read as a list.</summary>
    private static bool InListItem(ContentNode node) =>
        node.Element.LocalName == "p" && node.Parent?.Element.LocalName == "li";

    /// <summary>Drops headings followed by no kept text before the next heading of the same or a higher rank, when
    /// the filters emptied the section (blocks were dropped after the heading).</summary>
    private static void DropEmptySections(List<TextBlock> kept)
    {
        for (int i = kept.Count - 1; i >= 0; i--)
        {
            if (kept[i].Kind != BlockKind.Heading)
            {
                continue;
            }

            // A heading followed straight by the next heading in the page heads an empty section of the page
            // itself (a heading over a figure or a repeated heading), not a section emptied by the filters.
            bool hasText = i + 1 < kept.Count && kept[i + 1].Index == kept[i].Index + 1;
            for (int j = i + 1; !hasText && j < kept.Count; j++)
            {
                if (kept[j].Kind == BlockKind.Heading)
                {
                    if (kept[j].Level <= kept[i].Level)
                    {
                        break;
                    }

                    continue;
                }

                hasText = true;
                break;
            }

            if (!hasText)
            {
                kept.RemoveAt(i);
            }
        }
    }
}
