using Extractor.Content;

namespace Extractor.News;

/// <summary>
/// The paragraph analyses of one body, each made on demand and at most once. Only a paragraph with an opening
/// quotation mark can hold a quotation; any other paragraph matters only through its speakers (the one that ends
/// it, for a paragraph of pure quotation after it, and every one before a pronoun to resolve), so it is analysed
/// only when one of those is asked for. An unanalysed paragraph reads as one without quotations.
/// </summary>
internal sealed class ParagraphResults
{
    private static readonly ParagraphResult Empty = new([], [], [], false, null);

    private readonly IReadOnlyList<BodyBlock> blocks;
    private readonly ParagraphResult?[] results;
    private readonly List<Token> tokens = [];

    public ParagraphResults(IReadOnlyList<BodyBlock> blocks)
    {
        this.blocks = blocks;
        results = new ParagraphResult?[blocks.Count];
        for (int p = 0; p < blocks.Count; p++)
        {
            if (QuoteScanner.MayHoldQuotes(blocks[p].Text))
            {
                HoldsQuotations |= Analyze(p).Quotes.Count > 0;
            }
        }

        if (!HoldsQuotations)
        {
            return;
        }

        // A paragraph of pure quotation takes the speaker that ends the paragraph before it.
        for (int p = 1; p < blocks.Count; p++)
        {
            if (results[p] is { IsPureQuotation: true } && blocks[p - 1].Kind != BlockKind.Heading)
            {
                Analyze(p - 1);
            }
        }
    }

    /// <summary>Whether any paragraph holds a quotation; without one, nothing else is analysed.</summary>
    public bool HoldsQuotations { get; }

    /// <summary>The paragraph's analysis, or the empty one when it was not needed.</summary>
    public ParagraphResult this[int paragraph] => results[paragraph] ?? Empty;

    /// <summary>
    /// Every attribution and name mention of the paragraphs up to <paramref name="last"/> (all analysed now) and of
    /// the analysed paragraphs after it, in text order.
    /// </summary>
    public (List<Attribution> Events, List<Mention> Mentions) Speakers(int last)
    {
        var events = new List<Attribution>();
        var mentions = new List<Mention>();
        for (int p = 0; p < results.Length; p++)
        {
            ParagraphResult? result = p <= last ? Analyze(p) : results[p];
            if (result is not null)
            {
                events.AddRange(result.Events);
                mentions.AddRange(result.Mentions);
            }
        }

        return (events, mentions);
    }

    private ParagraphResult Analyze(int p) =>
        results[p] ??= blocks[p].Kind == BlockKind.Preformatted ? Empty : ParagraphAnalyzer.Analyze(blocks[p].Text, p, tokens);
}
