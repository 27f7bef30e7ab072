using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Extractor.Cleaning;

namespace Extractor.Content;

/// <summary>
/// Second opinions, asked only when the extractor's own body is short (so the common case pays nothing): the
/// page's JSON-LD <c>articleBody</c> when it has one, then SmartReader. One is taken only when it holds clearly
/// more text that includes most of what the extractor found: compared, not trusted blindly.
/// </summary>
internal static class SecondOpinion
{
    /// <summary>Own bodies with fewer words than this are checked against SmartReader.</summary>
    public const int UnsureBelowWords = 300;

    /// <summary>SmartReader's body must have this many times the words of ours.</summary>
    public const double MinLengthRatio = 2.5;

    /// <summary>At least this share of our body must reappear in SmartReader's.</summary>
    public const double MinContained = 0.5;

    /// <summary>Pages with more elements than this are not shown to SmartReader (benchmark pages have at most ~3,300).</summary>
    public const int MaxElementsForSmartReader = 15_000;

    /// <summary>
    /// SmartReader's <c>CharThreshold</c>: 0 takes its first reading of the page. Readability reads a page again, up
    /// to three more times, when its first reading is shorter than this (500 characters by default), each time from a
    /// fresh parse with one more of its rules relaxed (unlikely candidates, class weights, conditional cleaning), and
    /// keeps the longest reading. SmartReader is shown the page after the cleaner has removed what those rules look
    /// for, so a relaxed reading comes close to the extractor's own reading of the page; what a second opinion adds is
    /// SmartReader's first, strict reading, which weighs the page differently (the page it rescues on the benchmark is
    /// rescued by that reading). On the 711 benchmark pages the re-readings ran on 3 pages, found 1.0 to 1.9 times our
    /// words where an answer must have <see cref="MinLengthRatio"/> times, and took three fifths of the second opinion's
    /// time. (The same setting bounds the share buttons SmartReader drops; the cleaner has removed share bars first.)
    /// </summary>
    public const int SmartReaderCharThreshold = 0;

    /// <summary>What joins the body's blocks into one text.</summary>
    public const string BlockSeparator = "\n\n";

    /// <summary>Own bodies holding at least this share of the page's text weight are not doubted.</summary>
    public const double SureShare = 0.5;

    /// <summary>Whether the own body is short, both in words and against the text the page holds. Reads the blocks
    /// as they are (the body's text is joined only when it is unsure), and counts words only up to the bound.</summary>
    /// <param name="own">The own body's blocks, which its text joins with blank lines.</param>
    /// <param name="pageWeight">The page's text weight (the sum of its blocks' positive weights).</param>
    public static bool IsUnsure(IReadOnlyList<BodyBlock> own, double pageWeight)
    {
        int length = own.Count == 0 ? 0 : -BlockSeparator.Length;
        foreach (var block in own)
        {
            length += block.Text.Length + BlockSeparator.Length;
        }

        if (length >= SureShare * pageWeight)
        {
            return false;
        }

        int words = 0;
        foreach (var block in own)
        {
            if ((words += TextOverlap.Words(block.Text)) >= UnsureBelowWords)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The paragraphs of the first second opinion that should replace ours, else null.</summary>
    public static List<string>? Consult(IHtmlDocument document, Uri? address, string ownText, string? jsonLdBody) =>
        Compare(jsonLdBody, ownText)
        ?? (CouldOutweigh(document, ownText) ? Compare(SmartReaderText(document, address), ownText) : null);

    /// <summary>
    /// Whether SmartReader's body could have the words <see cref="Compare"/> asks of it: its text is made of the
    /// page's text nodes, so it has at most as many words as they have one by one. When the whole page has fewer,
    /// SmartReader (the costliest step by far) is not run: its answer would be refused anyway.
    /// </summary>
    private static bool CouldOutweigh(IHtmlDocument document, string ownText)
    {
        double needed = MinLengthRatio * Math.Max(TextOverlap.Words(ownText), 1);
        int words = 0;

        // An explicit stack and children by index: AngleSharp finds a node's NextSibling by searching its parent's children.
        var pending = new Stack<INode>();
        pending.Push(document);
        while (pending.TryPop(out INode? node))
        {
            if (node is IText text && (words += TextOverlap.Words(text.Data)) >= needed)
            {
                return true;
            }

            var children = node.ChildNodes;
            for (int i = 0; i < children.Length; i++)
            {
                pending.Push(children[i]);
            }
        }

        return false;
    }

    /// <summary>The other body's paragraphs when it should replace ours, else null. Its paragraphs that are
    /// boilerplate by their wording (consent fine print, template filler) are left out before it is weighed.</summary>
    public static List<string>? Compare(string? theirs, string ownText)
    {
        if (string.IsNullOrWhiteSpace(theirs))
        {
            return null;
        }

        var paragraphs = new List<string>();
        int words = 0;
        foreach (string line in theirs.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string text = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length > 0 && !BoilerplateText.IsBoilerplate(text))
            {
                paragraphs.Add(text);
                words += TextOverlap.Words(text);
            }
        }

        int ownWords = TextOverlap.Words(ownText);
        if (paragraphs.Count == 0 || words < MinLengthRatio * Math.Max(ownWords, 1)
            || (ownWords > 0 && TextOverlap.Contained(ownText, string.Join(BlockSeparator, paragraphs)) < MinContained))
        {
            return null;
        }

        return paragraphs;
    }

    /// <summary>SmartReader's reading of the page's body text, or null when it fails.</summary>
    internal static string? SmartReaderText(IHtmlDocument document, Uri? address)
    {
        try
        {
            // SmartReader is given decoded HTML, never an address to fetch: the page as the loader bounded it (depth
            // and element count) and the cleaner left it, so it only ever sees markup it survives. Its own element
            // cap bounds its time on pages far larger than any article (it refuses them; the refusal is caught).
            string html = document.DocumentElement.OuterHtml;
            var reader = new SmartReader.Reader(address?.AbsoluteUri ?? "https://localhost/", html)
            {
                MaxElemsToParse = MaxElementsForSmartReader,
                CharThreshold = SmartReaderCharThreshold,
            };
            return reader.GetArticle().TextContent;
        }
#pragma warning disable CA1031 // A failing second opinion is no opinion; the extractor's own result stands.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
