using Extractor.Cleaning;

namespace Extractor.Content;

/// <summary>
/// Trims the tail of the body: everything from a closing heading or note on ("Related posts", "Comments", a paywall
/// prompt), teaser cards after the text, and an author bio that ends it.
/// </summary>
internal static class BodyTail
{
    /// <summary>A tail heading cuts the body only after this share of its text.</summary>
    public const double MinTailStart = 0.5;

    /// <summary>A real heading (not a line standing in for one) with tail wording cuts the body after this share.</summary>
    public const double MinTailHeadingStart = 0.35;

    /// <summary>Among trailing teaser cards, lines shorter than this (dates, "Read more") go with them.</summary>
    public const int TrailingLineLength = 40;

    /// <summary>
    /// Cuts the body at a heading, or a short line standing in for one, that opens what follows an article
    /// ("Related posts", "Comments", "About the author", "Article sources", an author's name over an author box),
    /// when it comes after <see cref="MinTailStart"/> of the text, or after <see cref="MinTailHeadingStart"/> for a real
    /// heading with tail wording (a tail of teasers or contact forms can outweigh a short article), with the tail
    /// labels of any markup right above it.
    /// </summary>
    public static void DropTail(List<TextBlock> kept, TitleMatcher title)
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

            // Nothing cuts before MinTailHeadingStart (the lesser share); a heading's wording is read once.
            bool cut = before >= MinTailHeadingStart * total
                && (block.Kind == BlockKind.Heading
                    ? TailHeadings.Matches(block.Text) || (before >= MinTailStart * total && title.IsAuthor(block.Text))
                    : before >= MinTailStart * total && IsTailHeading(block));
            if (cut)
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
        : block.Kind == BlockKind.Paragraph
            && (TailHeadings.MatchesLine(block.Text) || TailHeadings.IsOriginNote(block.Text) || TailHeadings.IsPaywallPrompt(block.Text));

    /// <summary>Drops an author bio, a note disowning its views (<see cref="BoilerplateText.IsEndNote"/>) or a feed footer
    /// naming the article (<see cref="TailHeadings.FeedFooterTitle"/>) that ends the body (at most three paragraphs, with
    /// the short label line above it),
    /// when it is not most of the body, and an author's name alone that ends it (a sign-off of the page, not of the
    /// text), in either order.</summary>
    public static void DropTrailingBio(List<TextBlock> kept, TitleMatcher title)
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
                    && (BoilerplateText.IsAuthorBio(last.Text) || BoilerplateText.IsGreetingBio(last.Text) || BoilerplateText.IsEndNote(last.Text)
                        || IsFeedFooter(last.Text, title)))))
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

    private static bool IsFeedFooter(string text, TitleMatcher title) =>
        TailHeadings.FeedFooterTitle(text) is { } named && title.IsTitle(named);

    /// <summary>A paragraph shorter than <see cref="TrailingLineLength"/> ending in a letter: a label or a name, not a
    /// sentence, a "Rating:" lead or a row of stars.</summary>
    private static bool IsShortLine(TextBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Text.Length < TrailingLineLength && char.IsLetter(block.Text[^1]);

    /// <summary>Drops a run of two or more teaser cards (with the headings and short lines among them) that ends the
    /// body, unless it is most of the body (a listicle of linked items is the article) and no tail heading
    /// ("Latest news", "Related posts") among them says what they are.</summary>
    public static void DropTrailingTeasers(List<TextBlock> kept)
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
}
