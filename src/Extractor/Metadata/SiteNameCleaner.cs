namespace Extractor.Metadata;

/// <summary>
/// Cuts the tagline off a site name written as "Name - The #1 solution for your business": when the name is made of
/// segments joined by a title separator, exactly one of them is the page's host ("Housecall Pro" on
/// housecallpro.com), and the others have more words than it (a tagline, not a second name as in "iSchool | Syracuse
/// University"), that segment is the name. An address is not taken for a name ("National Cyber Security Centre -
/// NCSC.GOV.UK" stays). Anything else is left as it is.
/// </summary>
internal static class SiteNameCleaner
{
    /// <summary>The shortest host key a segment is matched on by containment.</summary>
    private const int MinContainedKey = 4;

    /// <param name="siteName">The site name as the page gives it.</param>
    /// <param name="host">The page's host, when known.</param>
    public static string? Clean(string? siteName, string? host)
    {
        string? text = Text.Clean(siteName);
        string hostKey = Text.Key(TitleCleaner.HostName(host));
        if (text is null || hostKey.Length == 0)
        {
            return text;
        }

        foreach (string separator in MetadataVocabulary.TitleSeparators)
        {
            if (!text.Contains(separator, StringComparison.Ordinal))
            {
                continue;
            }

            string? named = null;
            int otherWords = 0;
            foreach (string segment in text.Split(separator))
            {
                if (!NamesHost(Text.Key(segment), hostKey))
                {
                    otherWords += Text.Words(segment);
                }
                else if (named is null)
                {
                    named = segment;
                }
                else
                {
                    return text;
                }
            }

            return named is not null && !named.Contains('.', StringComparison.Ordinal) && otherWords > Text.Words(named)
                ? Text.Clean(named) ?? text
                : text;
        }

        return text;
    }

    /// <summary>"Housecall Pro" on housecallpro, "Columbia Star" on thecolumbiastar, "Userpilot Blog" on userpilot.</summary>
    private static bool NamesHost(string key, string hostKey) =>
        key.Length > 0 && (key == hostKey
            || (hostKey.Length >= MinContainedKey && key.StartsWith(hostKey, StringComparison.Ordinal))
            || (key.Length >= MinContainedKey && hostKey.Contains(key, StringComparison.Ordinal)));
}
