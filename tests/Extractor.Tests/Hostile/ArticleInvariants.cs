namespace Extractor.Tests.Hostile;

/// <summary>
/// The promises every article keeps, whatever the input; a broken one throws. Shared by the property tests and the
/// fuzzing target (where the throw is a crash the fuzzer records).
/// </summary>
public static class ArticleInvariants
{
    /// <summary>Checks the structural promises: paragraphs in the text in order, quote and link indexes valid, link URLs absolute.</summary>
    /// <param name="article">The article to check.</param>
    /// <exception cref="InvalidOperationException">A promise is broken.</exception>
    public static void Check(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Require(article.Paragraphs.Count == article.Blocks.Count, "one paragraph per block");
        int from = 0;
        foreach (string paragraph in article.Paragraphs)
        {
            int at = article.Text.IndexOf(paragraph, from, StringComparison.Ordinal);
            Require(at >= 0, "every paragraph is in the text, in order");
            from = at + paragraph.Length;
        }

        foreach (Quote quote in article.Quotes)
        {
            Require(quote.Paragraph >= 0 && quote.Paragraph < article.Paragraphs.Count, "quote index in range");
        }

        foreach (MoreLink link in article.MoreLinks)
        {
            Require(link.AfterParagraph >= -1 && link.AfterParagraph < article.Paragraphs.Count, "link index in range");
            Require(link.Url.IsAbsoluteUri, "link URL absolute");
        }
    }

    /// <summary>Whether the text holds something that reads as a tag: <c>&lt;</c> then a letter, <c>/</c> or <c>!</c>, then
    /// <c>&gt;</c> with no space between. Only meaningful for inputs that hold no escaped or raw-text markup.</summary>
    /// <param name="text">The text to look at.</param>
    /// <returns>Whether a tag-like run was found.</returns>
    public static bool ContainsMarkup(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int at = 0;
        while ((at = text.IndexOf('<', at)) >= 0 && at + 1 < text.Length)
        {
            char next = text[at + 1];
            int close = text.IndexOf('>', at + 1);
            if (close < 0)
            {
                return false;
            }

            if ((char.IsAsciiLetter(next) || next is '/' or '!') && !text.AsSpan(at + 1, close - at - 1).ContainsAny(' ', '\n'))
            {
                return true;
            }

            at++;
        }

        return false;
    }

    private static void Require(bool condition, string promise)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Broken promise: " + promise);
        }
    }
}
