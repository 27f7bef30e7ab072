namespace Extractor.Content;

/// <summary>
/// Recognises the article's title when it reappears as a body block: equal to the headline, or a part of the
/// page's <c>&lt;title&gt;</c> (which often adds the site name), letters and digits compared case-blind; and the
/// names of its authors, which head author boxes or sign the text off.
/// </summary>
internal sealed class TitleMatcher
{
    /// <summary>A block must have at least this many letters and digits to match part of the page title.</summary>
    public const int MinPartLength = 15;

    private readonly string? headline;
    private readonly string? writtenHeadline;
    private readonly string? pageTitle;
    private readonly string?[] authors;

    public TitleMatcher(string? headline, string? pageTitle, IReadOnlyList<string>? authors = null)
    {
        this.headline = Normalize(headline);
        writtenHeadline = string.IsNullOrWhiteSpace(headline) ? null : headline.Trim();
        this.pageTitle = Normalize(pageTitle);
        this.authors = authors is null ? [] : authors.Select(Normalize).ToArray();
    }

    /// <summary>Whether the text is one of the authors' names, alone.</summary>
    public bool IsAuthor(string text)
    {
        if (authors.Length == 0 || text.Length > MaxNameLength)
        {
            return false;
        }

        string? block = Normalize(text);
        return block is not null && Array.IndexOf(authors, block) >= 0;
    }

    /// <summary>Blocks longer than this are never a name alone.</summary>
    public const int MaxNameLength = 60;

    /// <summary>Whether the text is the headline (or the page title, or a part of it).</summary>
    public bool IsTitle(string text)
    {
        if (text.Length > 400)
        {
            return false;
        }

        string? block = Normalize(text);
        if (block is null)
        {
            return false;
        }

        if (block == headline || block == pageTitle)
        {
            return true;
        }

        return block.Length >= MinPartLength
            && ((pageTitle is not null && pageTitle.Contains(block, StringComparison.Ordinal))
                || (headline is not null && headline.Contains(block, StringComparison.Ordinal)));
    }

    /// <summary>Whether the text opens with the headline as written, followed by a new sentence (a teaser of the
    /// article itself: its headline run together with its summary), not a lede whose subject is the headline's words.</summary>
    public bool StartsWithHeadline(string text)
    {
        if (writtenHeadline is null || headline is null || headline.Length < MinPartLength || text.Length > 400 + writtenHeadline.Length
            || !text.StartsWith(writtenHeadline, StringComparison.Ordinal))
        {
            return false;
        }

        int next = writtenHeadline.Length;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next > writtenHeadline.Length && next < text.Length && char.IsUpper(text[next]);
    }

    /// <summary>Letters and digits only, lower-cased; null when there are none.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return n == 0 ? null : new string(buffer[..n]);
    }
}
