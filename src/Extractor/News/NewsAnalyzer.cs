using Extractor.Content;

namespace Extractor.News;

/// <summary>
/// Finds the news structure in the body blocks, in this order: "More:" links (taken out of the blocks), the
/// dateline at the start of one of the first three blocks (taken out of its text; short pre-story blocks before
/// it such as a byline or a timestamp are dropped, so the dateline opens the body), then the quotations.
/// </summary>
internal static class NewsAnalyzer
{
    private const int DatelineBlocks = 3;
    private const int MaxPreStoryWords = 30;

    public static NewsStructure Analyze(IReadOnlyList<BodyBlock> blocks, Uri? address)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var (kept, links) = MoreLinkDetector.Detect(blocks, address);
        Dateline? dateline = null;
        for (int i = 0; i < Math.Min(DatelineBlocks, kept.Count); i++)
        {
            BodyBlock block = kept[i];
            if (block.Kind == BlockKind.Paragraph && DatelineParser.Parse(block.Text) is { } match)
            {
                dateline = match.Dateline;
                kept[i] = block with { Text = block.Text[match.Length..] };
                if (i > 0)
                {
                    kept.RemoveRange(0, i);
                    links = links.ConvertAll(l => new MoreLink(l.Text, l.Url, Math.Max(-1, l.AfterParagraph - i)));
                }

                break;
            }

            if (block.Kind != BlockKind.Heading && WordCount(block.Text) > MaxPreStoryWords)
            {
                break;
            }
        }

        IReadOnlyList<Quote> quotes = QuoteFinder.Find(kept);
        return new NewsStructure(dateline, kept, quotes, links);
    }

    private static int WordCount(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
