using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// Chooses the headline. The page's visible <c>&lt;h1&gt;</c> is what readers see as the headline, so it wins when it
/// shares words with a metadata title (JSON-LD headline, og:title and kin, <c>&lt;title&gt;</c>), when the document's
/// <c>&lt;title&gt;</c> says exactly what it says, or when it is the only candidate heading; otherwise the first
/// metadata title with the site-name suffix stripped.
/// </summary>
internal static class HeadlineChooser
{
    private const int MaxHeadings = 5;
    private const int MaxHeadlineLength = 300;
    private const double MinOverlap = 0.3;

    public static string? Choose(PageScan scan, JsonLdArticle jsonLd, MetaTags meta, string? siteName, string? host)
    {
        // The headline fields (JSON-LD, og:title and kin) are specific; <title> often carries the site or blog name
        // too, so an h1 holding only that name must not win through it. <title> counts only when nothing else is there.
        //
        // Each title also without the short-segment cut, for the word overlap only: "Best Apps ... in 2025 – Top 10
        // Picks" shares its "Top 10" with the heading "Top 10: Best Language Learning App".
        var titles = new List<string>();
        var uncut = new List<string>();
        void Add(string? raw)
        {
            if (TitleCleaner.Clean(raw, siteName, host) is { } clean)
            {
                titles.Add(clean);
                uncut.Add(TitleCleaner.Clean(raw, siteName, host, shortSuffix: false) ?? clean);
            }
        }

        Add(jsonLd.Headline);
        foreach (var values in meta.Each(MetadataVocabulary.TitleKeys))
        {
            Add(values[0]);
        }

        if (titles.Count == 0)
        {
            Add(scan.Title);
        }

        string siteKey = Text.Key(siteName);
        string hostKey = Text.Key(host);
        var headings = scan.H1s().Take(MaxHeadings)
            .Select(h => TitleCleaner.Clean(WithoutTime(h), siteName, host))
            .OfType<string>()
            .Where(h => h.Length <= MaxHeadlineLength && !TitleCleaner.IsSiteName(h, siteKey, hostKey))
            .ToList();

        // A title cut short ("... Solutions (Including", "... Merging via...") gives way to a candidate that completes it.
        for (int i = 0; i < titles.Count; i++)
        {
            if (LooksCut(titles[i]) && titles.Concat(headings).FirstOrDefault(c => Completes(c, titles[i])) is { } whole)
            {
                titles[i] = whole;
            }
        }

        // Each text's words once, not once per pair.
        var titleWords = titles.ConvertAll(Words);
        var uncutWords = uncut.ConvertAll(Words);
        string? best = null;
        string? bestTitle = null;
        double bestOverlap = 0;
        foreach (string heading in headings)
        {
            HashSet<string> headingWords = Words(heading);
            for (int t = 0; t < titles.Count; t++)
            {
                string title = titles[t];
                double overlap = Math.Max(Overlap(titleWords[t], headingWords), Overlap(uncutWords[t], headingWords));
                if (overlap > bestOverlap)
                {
                    (best, bestTitle, bestOverlap) = (heading, title, overlap);
                }
            }
        }

        if (best is not null && bestOverlap >= MinOverlap)
        {
            return HeadingForm.Prefer(best, bestTitle!);
        }

        if (headings.Count == 1 && titles.Count == 0)
        {
            return headings[0];
        }

        // The document's own <title> saying exactly what the heading says outweighs headline fields that say other things.
        if (titles.Count > 0 && Text.Key(TitleCleaner.Clean(scan.Title, siteName, host)) is { Length: > 0 } documentTitle
            && headings.FirstOrDefault(h => Text.Key(h) == documentTitle) is { } confirmed)
        {
            return confirmed;
        }

        return titles.FirstOrDefault() ?? headings.FirstOrDefault();
    }

    /// <summary>A heading's text without the date a <c>&lt;time&gt;</c> inside it writes before or after the headline.</summary>
    private static string? WithoutTime(IElement heading)
    {
        string? text = VisibleText.Of(heading);
        if (text is null || ElementWalk.First(heading, "time") is not { } time || Text.Clean(time.TextContent) is not { } date || date.Length >= text.Length)
        {
            return text;
        }

        return text.StartsWith(date, StringComparison.Ordinal) ? text[date.Length..]
            : text.EndsWith(date, StringComparison.Ordinal) ? text[..^date.Length]
            : text;
    }

    private static bool LooksCut(string title) =>
        title.EndsWith("...", StringComparison.Ordinal) || title.EndsWith('…')
        || title.Count(c => c == '(') > title.Count(c => c == ')') || title.Count(c => c == '[') > title.Count(c => c == ']');

    private static bool Completes(string candidate, string cut)
    {
        string key = Text.Key(cut.TrimEnd('.', '…', ' '));
        string whole = Text.Key(candidate);
        return key.Length > 0 && whole.Length > key.Length && whole.StartsWith(key, StringComparison.Ordinal);
    }

    /// <summary>The share of the heading's words that the title also has (each given as its <see cref="Words"/>).</summary>
    private static double Overlap(HashSet<string> words, HashSet<string> headingWords)
    {
        // One word shared with a long title is a name it mentions ("Discord"), not the headline.
        if (headingWords.Count == 1 && words.Count > 3)
        {
            return 0;
        }

        return headingWords.Count == 0 ? 0 : (double)headingWords.Count(words.Contains) / Math.Max(headingWords.Count, Math.Min(words.Count, headingWords.Count * 2));
    }

    private static HashSet<string> Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Text.Key).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
}
