using Extractor.Cleaning;

namespace Extractor.Content;

/// <summary>
/// The page's JSON-LD <c>articleBody</c> as a signal for text the chosen element missed: when it is a whole body
/// (about as long as the own one, and holding most of it), a paragraph outside the kept blocks whose text is part of
/// it belongs to the article too (an intro above the chosen element, a section whose class reads like page chrome).
/// Such paragraphs join the body in document order. Only pages with a JSON-LD body pay for the check.
/// </summary>
internal static class JsonLdSignal
{
    /// <summary>Only paragraphs at least this long are recovered (short lines match anywhere).</summary>
    public const int MinParagraphLength = 80;

    /// <summary>The JSON-LD body must have at least this share of the own body's words (no summary or teaser).</summary>
    public const double MinBodyRatio = 0.8;

    /// <summary>At least this share of the own body must reappear in the JSON-LD body (the same article).</summary>
    public const double MinContained = 0.6;

    /// <summary>Recovered paragraphs have at most this share of link text.</summary>
    public const double MaxLinkDensity = 0.5;

    /// <summary>The kept blocks with the missed paragraphs of the JSON-LD body added in document order.</summary>
    public static List<TextBlock> AddMissing(List<TextBlock> blocks, List<TextBlock> kept, string? jsonLdBody)
    {
        if (string.IsNullOrWhiteSpace(jsonLdBody) || kept.Count == 0)
        {
            return kept;
        }

        // The own body's words are those of its blocks (the blank lines that join them break every word); the joined
        // text is built only when the JSON-LD body is long enough to be compared with it.
        int ownWords = 0;
        foreach (var block in kept)
        {
            ownWords += TextOverlap.Words(block.Text);
        }

        if (TextOverlap.Words(jsonLdBody) < MinBodyRatio * ownWords
            || TextOverlap.Contained(string.Join("\n\n", kept.Select(b => b.Text)), jsonLdBody) < MinContained
            || TitleMatcher.Normalize(jsonLdBody) is not { } body)
        {
            return kept;
        }

        var keptSet = new HashSet<TextBlock>(kept);
        var seen = new HashSet<string>(kept.Select(b => b.Text), StringComparer.Ordinal);
        List<TextBlock>? result = null;
        int next = 0;
        foreach (var block in blocks)
        {
            if (keptSet.Contains(block))
            {
                result?.Add(block);
                next++;
                continue;
            }

            // Boilerplate by its wording stays out even so: a JSON-LD body is sometimes the whole column's text, the
            // sign-up box's consent fine print with it.
            if (block.Kind == BlockKind.Heading || block.Text.Length < MinParagraphLength || block.LinkDensity > MaxLinkDensity
                || seen.Contains(block.Text) || TitleMatcher.Normalize(block.Text) is not { } text || !body.Contains(text, StringComparison.Ordinal)
                || BoilerplateText.IsBoilerplate(block.Text))
            {
                continue;
            }

            result ??= kept.GetRange(0, next);
            result.Add(block);
            seen.Add(block.Text);
        }

        return result ?? kept;
    }
}
