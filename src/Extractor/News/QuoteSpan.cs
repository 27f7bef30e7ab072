namespace Extractor.News;

/// <summary>
/// One quotation inside a paragraph: where its marks are and where its words are. <see cref="Close"/> is -1 when
/// the paragraph ends before the closing mark (a quote that runs on into the next paragraph).
/// </summary>
internal readonly record struct QuoteSpan(int Open, int ContentStart, int ContentEnd, int Close)
{
    public bool IsClosed => Close >= 0;

    /// <summary>The index just after the quotation (after its closing mark, or the paragraph's end).</summary>
    public int End => IsClosed ? Close + 1 : ContentEnd;
}
