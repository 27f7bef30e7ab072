using System.Buffers;
using System.Globalization;
using Extractor.Cleaning;

namespace Extractor.Content;

/// <summary>
/// Trims the head of the body: the title, labels, kickers, breadcrumbs, standfirsts, meta lines and an author bio
/// before the first paragraph of text.
/// </summary>
internal static class BodyHead
{
    /// <summary>Labels (kickers, section names) above the body are at most this long.</summary>
    public const int MaxLabelLength = 30;

    /// <summary>An element named a standfirst holds at most this many blocks; a larger one is a part of the text.</summary>
    public const int MaxStandfirstBlocks = 3;

    /// <summary>Standfirsts are at most this long; a longer block named so is the text itself.</summary>
    public const int MaxStandfirstLength = 400;

    /// <summary>
    /// Drops the title from the head of the body, before the first paragraph of text: blocks that match the headline
    /// or page title, labels (kickers, section names, also set as short headings right above the title), level-1
    /// headings until a sentence of text has been read (after one, a level-1 heading opens a section), and standfirsts
    /// (subtitles, decks, excerpts named so by their class below the article's element).
    /// </summary>
    public static void DropLeadingTitle(List<TextBlock> kept, TitleMatcher title, ContentNode container)
    {
        bool textBefore = false;
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

            if (block.Kind == BlockKind.Paragraph && block.Text.Length >= BlockFilter.BodyParagraphLength)
            {
                return;
            }

            if ((block.Kind == BlockKind.Heading && block.Level == 1 && !textBefore) || title.IsTitle(block.Text))
            {
                // Short headings right above the title are its kickers (a section name set as a heading, "Education").
                int from = i;
                while (from > 0 && kept[from - 1].Kind == BlockKind.Heading && IsLabelText(kept[from - 1].Text))
                {
                    from--;
                }

                kept.RemoveRange(from, i - from + 1);
                i = from - 1;
            }
            else if (IsLabel(block) && !IsItemNumber(kept, i))
            {
                kept.RemoveAt(i--);
            }
            else if (block.Kind == BlockKind.ListItem && LabelListLength(kept, i, title) is > 0 and int labels)
            {
                kept.RemoveRange(i--, labels);
            }
            else if (title.IsAuthor(block.Text))
            {
                kept.RemoveAt(i--);
            }
            else if (block.Kind == BlockKind.Paragraph && IsSentence(block.Text))
            {
                textBefore = true;
            }
        }
    }

    /// <summary>A sentence of running text: it opens with a capital and closes with its punctuation.</summary>
    private static bool IsSentence(string text) =>
        text.Length >= MinSentenceLength && char.IsUpper(text[0]) && EndsAsSentence(text);

    /// <summary>Whether the text ends with a sentence's closing punctuation (or a colon introducing what follows).</summary>
    private static bool EndsAsSentence(string text) => text[^1] is '.' or '!' or '?' or ':' or '…';

    /// <summary>Sentences shorter than this above the text may be labels or taglines ("Read this.").</summary>
    public const int MinSentenceLength = 40;

    /// <summary>Drops an author bio that opens the body (an author box above the text), when it is not most of the body.</summary>
    public static void DropLeadingBio(List<TextBlock> kept)
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

    /// <summary>Breadcrumbs are at most this long.</summary>
    public const int MaxBreadcrumbLength = 250;

    private static readonly SearchValues<char> CrumbSeparators = SearchValues.Create(">/»›|❯❱▸→");

    /// <summary>
    /// A breadcrumb trail that ends in the title ("Blog / Guides / The title"): two or more separators, or one after a
    /// section name of at most three words ("Blog / The title"), and the part after the last one is the headline or
    /// page title.
    /// </summary>
    private static bool IsBreadcrumb(TextBlock block, TitleMatcher title)
    {
        string text = block.Text;
        if (block.Kind != BlockKind.Paragraph || text.Length > MaxBreadcrumbLength)
        {
            return false;
        }

        int last = text.AsSpan().LastIndexOfAny(CrumbSeparators);
        return last > 0
            && (text.AsSpan(0, last).IndexOfAny(CrumbSeparators) >= 0 || text.AsSpan(0, last).Trim().Count(' ') < 3)
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

    /// <summary>Whether the block is a number alone right above a heading: the number of a list's first item set apart
    /// from its title (<c>&lt;span&gt;1&lt;/span&gt;&lt;h2&gt;Havenly&lt;/h2&gt;</c>), not a label.</summary>
    private static bool IsItemNumber(List<TextBlock> kept, int i) =>
        i + 1 < kept.Count && kept[i + 1].Kind == BlockKind.Heading
        && int.TryParse(kept[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <summary>
    /// The length of a list of labels (an author's name and a date set as a list, a breadcrumb trail) that starts at
    /// <paramref name="i"/>: two or more items of one list, each at most three words but the last, which may be the
    /// page's title (a trail ends with the page it leads to), else 0.
    /// </summary>
    private static int LabelListLength(List<TextBlock> kept, int i, TitleMatcher title)
    {
        var list = kept[i].Owner.Parent;
        int j = i;
        for (; j < kept.Count && kept[j].Kind == BlockKind.ListItem && kept[j].Owner.Parent == list; j++)
        {
            bool last = j + 1 == kept.Count || kept[j + 1].Kind != BlockKind.ListItem || kept[j + 1].Owner.Parent != list;
            if (!IsLabelText(kept[j].Text) && !(last && j > i && title.IsTitle(kept[j].Text)))
            {
                return 0;
            }
        }

        return j - i >= 2 ? j - i : 0;
    }

    private static bool IsLabelText(string text)
    {
        if (text.Length > MaxLabelLength || EndsAsSentence(text))
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
}
