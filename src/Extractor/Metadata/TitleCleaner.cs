namespace Extractor.Metadata;

/// <summary>
/// Strips the site name from a page title: a trailing (or leading) segment after a separator such as " | ", " – ",
/// " - " that equals the site name or the host, else one short trailing segment ("Title | Brand"), else one short
/// leading segment ("Brand | Title").
/// </summary>
internal static class TitleCleaner
{
    private const int ShortSegmentWords = 4;
    private const int ShortSegmentLength = 32;
    private const int MinTitleWordsAfterPrefix = 5;

    /// <param name="title">The title.</param>
    /// <param name="siteName">The site's name, when known.</param>
    /// <param name="host">The page's host, when known.</param>
    /// <param name="shortSuffix">Whether a short trailing segment goes even when no segment named the site ("Title |
    /// Brand"); without it only the site's own name (and a short section name before it) goes.</param>
    public static string? Clean(string? title, string? siteName, string? host, bool shortSuffix = true)
    {
        string? text = Text.Clean(title);
        if (text is null)
        {
            return null;
        }

        text = WithoutHost(text, host);
        string site = Text.Key(siteName);
        string hostKey = Text.Key(HostName(host));
        foreach (string separator in MetadataVocabulary.TitleSeparators)
        {
            if (!text.Contains(separator, StringComparison.Ordinal))
            {
                continue;
            }

            var segments = text.Split(separator).ToList();
            bool removed = false;
            while (segments.Count > 1 && IsSiteName(segments[^1], site, hostKey))
            {
                segments.RemoveAt(segments.Count - 1);
                removed = true;
            }

            while (segments.Count > 1 && IsSiteName(segments[0], site, hostKey))
            {
                segments.RemoveAt(0);
                removed = true;
            }

            // "Title | Section | Site": once the site is gone, a short section name before it goes too.
            for (int i = 0; i < 2 && (shortSuffix || removed) && segments.Count > 1 && IsShortSuffix(segments[^1], string.Join(separator, segments.SkipLast(1))); i++)
            {
                segments.RemoveAt(segments.Count - 1);
                removed = true;
            }

            // "Site | Title": a short leading segment before a much longer title is the site's or section's name.
            if (!removed && shortSuffix && segments.Count == 2
                && MetadataVocabulary.LeadingNameSeparators.Contains(separator)
                && IsShortPrefix(segments[0], segments[1]))
            {
                segments.RemoveAt(0);
                removed = true;
            }

            if (removed)
            {
                return Text.Clean(string.Join(separator, segments));
            }
        }

        return text;
    }

    /// <summary>The title without the site's address written before or after it with only a space ("example.com Title").</summary>
    private static string WithoutHost(string text, string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return text;
        }

        ReadOnlySpan<char> name = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host.AsSpan(4) : host.AsSpan();
        if (text.Length <= name.Length + 1)
        {
            return text;
        }

        if (text[name.Length] == ' ' && text.AsSpan().StartsWith(name, StringComparison.OrdinalIgnoreCase))
        {
            return text[(name.Length + 1)..];
        }

        return text[^(name.Length + 1)] == ' ' && text.AsSpan().EndsWith(name, StringComparison.OrdinalIgnoreCase) ? text[..^(name.Length + 1)] : text;
    }

    /// <summary>Whether a segment names the site: equal to the site name, or to the host's main label.</summary>
    public static bool IsSiteName(string segment, string siteKey, string hostKey)
    {
        string key = Text.Key(segment);
        if (key.Length == 0)
        {
            return false;
        }

        return (siteKey.Length > 0 && (key == siteKey || (key.Length >= 4 && siteKey.StartsWith(key, StringComparison.Ordinal)) || (siteKey.Length >= 4 && key.StartsWith(siteKey, StringComparison.Ordinal) && key.Length <= siteKey.Length + 8)))
            || (hostKey.Length >= 3 && (key == hostKey || key.Replace("com", string.Empty, StringComparison.Ordinal) == hostKey));
    }

    /// <summary>A leading name is short and the rest at least three times as long and of five words or more: a first
    /// segment of a shorter title is more often the headline's own ("Spider-Man - Far From Home review").</summary>
    private static bool IsShortPrefix(string prefix, string rest) =>
        IsShortSuffix(prefix, rest) && Text.Words(rest) >= MinTitleWordsAfterPrefix && rest.Length >= 3 * prefix.Length;

    private static bool IsShortSuffix(string suffix, string rest)
    {
        int words = Text.Words(suffix);
        int restWords = Text.Words(rest);
        return words <= ShortSegmentWords && suffix.Length <= ShortSegmentLength && restWords >= 3 && rest.Length >= 2 * suffix.Length;
    }

    /// <summary>The host's main label: <c>www.worldnewsdesk.example</c> → <c>worldnewsdesk</c>.</summary>
    public static string? HostName(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return null;
        }

        string[] labels = host.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length == 0)
        {
            return null;
        }

        int index = labels.Length >= 3 && labels[^2].Length <= 3 && labels[^1].Length == 2 ? labels.Length - 3 : labels.Length - 2;
        return labels[Math.Max(0, index)] is "www" or "m" or "amp" && labels.Length > 1 ? labels[Math.Min(labels.Length - 1, index + 1)] : labels[Math.Max(0, index)];
    }
}
