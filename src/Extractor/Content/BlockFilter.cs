using Extractor.Cleaning;

namespace Extractor.Content;

/// <summary>
/// Chooses, inside the article's element, the blocks that are body text: not in boilerplate below the article
/// element, not captions, not link lists, not the title, not boilerplate by wording, not repeated, and no
/// heading left without a kept block under it.
/// </summary>
internal static class BlockFilter
{
    /// <summary>Blocks with a larger share of link text are link lists, not text.</summary>
    public const double MaxLinkDensity = 0.7;

    /// <summary>Repeated text shorter than this (labels, short list items) is kept; longer repeats are dropped.</summary>
    public const int MinRepeatedLength = 50;

    /// <summary>A tail heading cuts the body only after this share of its text.</summary>
    public const double MinTailStart = 0.5;

    /// <summary>A real heading (not a line standing in for one) with tail wording cuts the body after this share.</summary>
    public const double MinTailHeadingStart = 0.35;

    /// <summary>Labels (kickers, section names) above the body are at most this long.</summary>
    public const int MaxLabelLength = 30;

    /// <summary>A paragraph this long starts the body text: no title is looked for after it.</summary>
    public const int BodyParagraphLength = 80;

    /// <summary>An element named a standfirst holds at most this many blocks; a larger one is a part of the text.</summary>
    public const int MaxStandfirstBlocks = 3;

    /// <summary>Headings up to this level are section headings, never bylines ("By Region"); smaller ones can be.</summary>
    public const int MaxSectionHeadingLevel = 4;

    /// <summary>Standfirsts are at most this long; a longer block named so is the text itself.</summary>
    public const int MaxStandfirstLength = 400;

    /// <summary>Among trailing teaser cards, lines shorter than this (dates, "Read more") go with them.</summary>
    public const int TrailingLineLength = 40;

    public static List<TextBlock> Filter(List<TextBlock> blocks, ContentNode container, TitleMatcher title)
    {
        var kept = new List<TextBlock>(container.EndBlock - container.FirstBlock);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int lastText = LastTextParagraph(blocks, container);
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

            bool labelled = LeadLabels.LeadsLinkLine(block.Text);
            if (!labelled && block.Kind != BlockKind.Heading && block.LinkDensity > MaxLinkDensity && !InTableCell(block.Owner)
                && (block.Kind != BlockKind.ListItem || i > lastText))
            {
                continue;
            }

            if (!labelled && BoilerplateText.IsBoilerplate(block.Text, block.Kind == BlockKind.Heading && block.Level <= MaxSectionHeadingLevel))
            {
                continue;
            }

            if (block.Kind != BlockKind.Heading && block.Text.Length > MinRepeatedLength && !seen.Add(block.Text))
            {
                continue;
            }

            kept.Add(block);
        }

        TableOfContents.Drop(kept);
        DropLeadingTitle(kept, title, container);
        DropTail(kept, title);
        DropTrailingTeasers(kept);
        DropTrailingBio(kept, title);
        DropLeadingBio(kept);
        DropEmptySections(kept);
        return kept;
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
    /// Whether the element is a cell of a data table (a row of two or more cells) or sits in one (a paragraph in a
    /// cell): a linked cell is data. A lone cell is layout, and its links are judged as anywhere else.
    /// </summary>
    private static bool InTableCell(ContentNode? node)
    {
        for (int up = 0; up < 3 && node is not null; up++, node = node.Parent)
        {
            var element = node.Element;
            if (element.LocalName is "td" or "th")
            {
                return element.PreviousElementSibling is not null || element.NextElementSibling is not null;
            }
        }

        return false;
    }

    /// <summary>
    /// Drops the title from the head of the body, before the first paragraph of text: blocks that match the headline
    /// or page title, labels (kickers, section names), level-1 headings and standfirsts (subtitles, decks, excerpts
    /// named so by their class below the article's element).
    /// </summary>
    private static void DropLeadingTitle(List<TextBlock> kept, TitleMatcher title, ContentNode container)
    {
        for (int i = 0; i < kept.Count; i++)
        {
            var block = kept[i];
            if ((block.Owner.NearestStandfirst is { } standfirst && standfirst.Depth > container.Depth && block.Text.Length <= MaxStandfirstLength
                    && standfirst.EndBlock - standfirst.FirstBlock <= MaxStandfirstBlocks)
                || IsLeadMeta(kept, i)
                || IsBreadcrumb(block, title)
                || (i == 0 && kept.Count > 1 && block.Kind == BlockKind.Paragraph && title.StartsWithHeadline(block.Text)))
            {
                kept.RemoveAt(i--);
                continue;
            }

            if (block.Kind == BlockKind.Paragraph && block.Text.Length >= BodyParagraphLength)
            {
                return;
            }

            if ((block.Kind == BlockKind.Heading && block.Level == 1) || title.IsTitle(block.Text) || IsLabel(block))
            {
                kept.RemoveAt(i--);
            }
            else if (block.Kind == BlockKind.ListItem && LabelListLength(kept, i) is > 0 and int labels)
            {
                kept.RemoveRange(i--, labels);
            }
            else if (title.IsAuthor(block.Text))
            {
                kept.RemoveAt(i--);
            }
        }
    }

    /// <summary>
    /// Cuts the body at a heading, or a short line standing in for one, that opens what follows an article
    /// ("Related posts", "Comments", "About the author", "Article sources", an author's name over an author box),
    /// when it comes after <see cref="MinTailStart"/> of the text, or after <see cref="MinTailHeadingStart"/> for a real
    /// heading with tail wording (a tail of teasers or contact forms can outweigh a short article), with the tail
    /// labels of any markup right above it.
    /// </summary>
    private static void DropTail(List<TextBlock> kept, TitleMatcher title)
    {
        int total = 0;
        foreach (var block in kept)
        {
            total += block.Text.Length;
        }

        int before = 0;
        for (int i = 0; i < kept.Count; i++)
        {
            var block = kept[i];
            bool heading = block.Kind == BlockKind.Heading && TailHeadings.Matches(block.Text);
            if ((heading && before >= MinTailHeadingStart * total)
                || (before >= MinTailStart * total && (IsTailHeading(block) || (block.Kind == BlockKind.Heading && title.IsAuthor(block.Text)))))
            {
                // The labels just above it go too, whatever their markup (the tabs of an author box: "Author", "Recent Posts").
                while (i > 0 && kept[i - 1].Text.Length < TrailingLineLength && TailHeadings.Matches(kept[i - 1].Text))
                {
                    i--;
                }

                kept.RemoveRange(i, kept.Count - i);
                return;
            }

            before += block.Text.Length;
        }
    }

    /// <summary>A heading, or a short paragraph standing in for one ("Article Sources:"), that opens the tail.</summary>
    private static bool IsTailHeading(TextBlock block) =>
        block.Kind == BlockKind.Heading ? TailHeadings.Matches(block.Text)
        : block.Kind == BlockKind.Paragraph && (TailHeadings.MatchesLine(block.Text) || TailHeadings.IsOriginNote(block.Text));

    /// <summary>Drops an author bio or a note disowning its views (<see cref="BoilerplateText.IsEndNote"/>) that ends the body (at most
    /// three paragraphs, with the short label line above it),
    /// when it is not most of the body, and an author's name alone that ends it (a sign-off of the page, not of the
    /// text), in either order.</summary>
    private static void DropTrailingBio(List<TextBlock> kept, TitleMatcher title)
    {
        int total = 0;
        foreach (var block in kept)
        {
            total += block.Text.Length;
        }

        bool dropped = false;
        for (int n = 0; n < 3 && kept.Count > 1; n++)
        {
            var last = kept[^1];
            if (last.Kind != BlockKind.Paragraph
                || !(title.IsAuthor(last.Text) || (last.Text.Length * 2 <= total
                    && (BoilerplateText.IsAuthorBio(last.Text) || BoilerplateText.IsGreetingBio(last.Text) || BoilerplateText.IsEndNote(last.Text)))))
            {
                break;
            }

            kept.RemoveAt(kept.Count - 1);
            dropped = true;
        }

        // The bio's label or the author's name on its own line ("Contributing Writer") goes with it.
        while (dropped && kept.Count > 1 && IsShortLine(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }
    }

    /// <summary>Drops an author bio that opens the body (an author box above the text), when it is not most of the body.</summary>
    private static void DropLeadingBio(List<TextBlock> kept)
    {
        if (kept.Count < 2 || kept[0].Kind != BlockKind.Paragraph || !BoilerplateText.IsAuthorBio(kept[0].Text))
        {
            return;
        }

        int total = 0;
        foreach (var block in kept)
        {
            total += block.Text.Length;
        }

        if (kept[0].Text.Length * 2 < total)
        {
            kept.RemoveAt(0);
        }
    }

    /// <summary>A paragraph shorter than <see cref="TrailingLineLength"/> ending in a letter: a label or a name, not a
    /// sentence, a "Rating:" lead or a row of stars.</summary>
    private static bool IsShortLine(TextBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Text.Length < TrailingLineLength && char.IsLetter(block.Text[^1]);

    /// <summary>Breadcrumbs are at most this long.</summary>
    public const int MaxBreadcrumbLength = 250;

    private static readonly char[] CrumbSeparators = ['>', '/', '»', '›', '|'];

    /// <summary>
    /// A breadcrumb trail that ends in the title ("Blog / Guides / The title"): two or more separators, and the
    /// part after the last one is the headline or page title.
    /// </summary>
    private static bool IsBreadcrumb(TextBlock block, TitleMatcher title)
    {
        string text = block.Text;
        if (block.Kind != BlockKind.Paragraph || text.Length > MaxBreadcrumbLength)
        {
            return false;
        }

        int last = text.LastIndexOfAny(CrumbSeparators);
        return last > 0
            && text.AsSpan(0, last).IndexOfAny(CrumbSeparators) >= 0
            && title.IsTitle(text[(last + 1)..]);
    }

    /// <summary>
    /// A meta line (date, date and byline) above the text: a paragraph <see cref="LeadMeta"/> matches, unless a
    /// block next to it matches too (a run of dated lines is a schedule or a change log, not meta).
    /// </summary>
    private static bool IsLeadMeta(List<TextBlock> kept, int i) =>
        kept[i].Kind == BlockKind.Paragraph
        && LeadMeta.Matches(kept[i].Text)
        && (i + 1 == kept.Count || !LeadMeta.Matches(kept[i + 1].Text))
        && (i == 0 || !LeadMeta.Matches(kept[i - 1].Text));

    /// <summary>A section label or kicker: a paragraph of at most three words with no closing punctuation.</summary>
    private static bool IsLabel(TextBlock block) => block.Kind == BlockKind.Paragraph && IsLabelText(block.Text);

    /// <summary>
    /// The length of a list of labels (an author's name and a date set as a list) that starts at <paramref name="i"/>:
    /// two or more items of one list, each at most three words, else 0.
    /// </summary>
    private static int LabelListLength(List<TextBlock> kept, int i)
    {
        var list = kept[i].Owner.Parent;
        int j = i;
        for (; j < kept.Count && kept[j].Kind == BlockKind.ListItem && kept[j].Owner.Parent == list; j++)
        {
            if (!IsLabelText(kept[j].Text))
            {
                return 0;
            }
        }

        return j - i >= 2 ? j - i : 0;
    }

    private static bool IsLabelText(string text)
    {
        if (text.Length > MaxLabelLength || text[^1] is '.' or '!' or '?' or ':' or '…')
        {
            return false;
        }

        int spaces = 0;
        foreach (char c in text)
        {
            spaces += c == ' ' ? 1 : 0;
        }

        return spaces <= 2;
    }

    /// <summary>Drops a run of two or more teaser cards (with the headings and short lines among them) that ends the
    /// body, unless it is most of the body (a listicle of linked items is the article) and no tail heading
    /// ("Latest news", "Related posts") among them says what they are.</summary>
    private static void DropTrailingTeasers(List<TextBlock> kept)
    {
        int start = kept.Count;
        ContentNode? lastCard = null;
        int cards = 0;
        for (int i = kept.Count - 1; i >= 0; i--)
        {
            var block = kept[i];
            var card = TeaserOf(block);
            if (card is not null)
            {
                cards += card == lastCard ? 0 : 1;
                lastCard = card;
            }
            else if (block.Kind != BlockKind.Heading && block.Text.Length >= TrailingLineLength)
            {
                break;
            }

            start = i;
        }

        int runLength = 0, totalLength = 0;
        bool labelled = false;
        for (int i = 0; i < kept.Count; i++)
        {
            totalLength += kept[i].Text.Length;
            runLength += i >= start ? kept[i].Text.Length : 0;
            labelled |= i >= start && kept[i].Kind == BlockKind.Heading && TailHeadings.Matches(kept[i].Text);
        }

        if (cards >= 2 && (labelled || runLength * 2 < totalLength))
        {
            kept.RemoveRange(start, kept.Count - start);
        }
    }

    private static ContentNode? TeaserOf(TextBlock block)
    {
        for (var n = block.Owner; n is not null; n = n.Parent)
        {
            if (n.Teaser)
            {
                return n;
            }
        }

        return null;
    }

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
