using System.Text;
using Extractor.Content;

namespace Extractor.News;

/// <summary>
/// Finds every direct quotation in the final body blocks: analyses the paragraphs that can matter
/// (<see cref="ParagraphResults"/>), joins a quotation that runs
/// over several paragraphs (opening mark repeated, no closing mark until the last), gives a paragraph of pure
/// quotation the speaker that ends the paragraph before it, and resolves pronoun speakers.
/// </summary>
internal static class QuoteFinder
{
    public static IReadOnlyList<Quote> Find(IReadOnlyList<BodyBlock> blocks)
    {
        var results = new ParagraphResults(blocks);
        if (!results.HoldsQuotations)
        {
            return new List<Quote>();
        }

        var drafts = new List<Draft>();
        Draft? open = null;
        Attribution? previousEnd = null;
        for (int p = 0; p < blocks.Count; p++)
        {
            ParagraphResult r = results[p];
            if (open is not null && (r.Quotes.Count == 0 || !IsAtStart(blocks[p].Text, r.Quotes[0].Span.Open)))
            {
                drafts.Add(open);
                open = null;
            }

            Attribution? floating = r.IsPureQuotation && p > 0 && blocks[p - 1].Kind != BlockKind.Heading ? previousEnd : null;
            Attribution? paragraphEnd = r.LastSentenceAttribution;
            for (int i = 0; i < r.Quotes.Count; i++)
            {
                FoundQuote q = r.Quotes[i];
                Attribution? attribution = q.Attribution ?? floating;
                bool continues = open is not null && i == 0 && IsAtStart(blocks[p].Text, q.Span.Open);
                if (open is not null && !continues)
                {
                    drafts.Add(open);
                    open = null;
                }

                if (continues)
                {
                    open!.Text.Append(' ').Append(q.Text);
                    if (open.Attribution is null && attribution is not null)
                    {
                        open.Attribution = attribution;
                        open.Verb = q.Verb;
                    }
                }
                else
                {
                    open = new Draft(new StringBuilder(q.Text), attribution, q.Verb, p);
                }

                if (open.Attribution is not null && paragraphEnd is null && r.IsPureQuotation)
                {
                    paragraphEnd = open.Attribution;
                }

                if (q.Span.IsClosed || i < r.Quotes.Count - 1)
                {
                    drafts.Add(open);
                    open = null;
                }
            }

            previousEnd = blocks[p].Kind == BlockKind.Heading ? null : paragraphEnd;
        }

        if (open is not null)
        {
            drafts.Add(open);
        }

        // Only a pronoun speaker is resolved, from the speakers before it: none among the quotations, nothing to resolve.
        int lastPronoun = -1;
        foreach (Draft d in drafts)
        {
            if (d.Attribution is { IsResolvablePronoun: true } a)
            {
                lastPronoun = Math.Max(lastPronoun, a.Paragraph);
            }
        }

        if (lastPronoun >= 0)
        {
            var (events, mentions) = results.Speakers(lastPronoun);
            SpeakerResolver.Resolve(events, mentions);
        }

        return drafts.Select(d => new Quote(
            d.Text.ToString(),
            d.Attribution?.Speaker,
            d.Attribution is null ? null : d.Verb,
            d.Paragraph,
            d.Attribution?.AsWritten)).ToList();
    }

    private static bool IsAtStart(string text, int index)
    {
        for (int k = 0; k < index; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Draft(StringBuilder text, Attribution? attribution, string? verb, int paragraph)
    {
        public StringBuilder Text { get; } = text;

        public Attribution? Attribution { get; set; } = attribution;

        public string? Verb { get; set; } = verb;

        public int Paragraph { get; } = paragraph;
    }
}
