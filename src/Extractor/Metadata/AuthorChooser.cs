using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// Chooses the authors: JSON-LD people, else author meta tags, else a Twitter card label "Written by", else the
/// page's byline, else JSON-LD organisations.
/// A name that is the site's own name (og:site_name, the JSON-LD publisher, the host's main label) is the
/// publisher filling the author field, not a person, and a login ("jane.doe") is an account rather than the name
/// readers see: either gives way to a full name ("Jane Doe") in the byline, and is kept when nothing else names
/// anyone (a personal site's name is its author's).
/// </summary>
internal static class AuthorChooser
{
    private static readonly string[] TwitterLabels = ["twitter:label1", "twitter:label2", "twitter:label3", "twitter:label4"];
    private static readonly string[] TwitterData = ["twitter:data1", "twitter:data2", "twitter:data3", "twitter:data4"];

    public static List<string> Choose(PageScan scan, JsonLdArticle jsonLd, MetaTags meta, string? siteName, string? host)
    {
        string siteKey = Text.Key(siteName);
        string publisherKey = Text.Key(jsonLd.PublisherName);
        string hostKey = Text.Key(TitleCleaner.HostName(host));
        List<string>? fallback = null;

        // Each raw value parsed into names; one that is the site's own name as a whole is kept as written ("98 Buck
        // Social" holds digits no person's name has), so that it can stand as the fallback.
        List<string> FromRaw(IEnumerable<string> raws)
        {
            var names = new List<string>();
            foreach (string raw in raws)
            {
                if (Text.Clean(raw) is { } whole && IsSiteName(whole, siteKey, publisherKey, hostKey))
                {
                    AuthorNames.Add(names, whole);
                    continue;
                }

                foreach (string name in AuthorNames.Parse(raw))
                {
                    AuthorNames.Add(names, name);
                }
            }

            return names;
        }

        // Returns the names when some are people; remembers a list holding only the site's name or logins as the fallback.
        List<string>? People(List<string> names)
        {
            if (names.Count == 0)
            {
                return null;
            }

            if (names.TrueForAll(n => IsSiteName(n, siteKey, publisherKey, hostKey) || AuthorNames.IsLogin(n)))
            {
                fallback ??= names;
                return null;
            }

            // "Jane Doe and John Roe, The Daily Example": the publisher after the people is not one of them.
            return names.FindAll(n => !IsSiteName(n, siteKey, publisherKey, hostKey));
        }

        if (People(FromRaw(jsonLd.Authors)) is { } fromJsonLd)
        {
            return fromJsonLd;
        }

        foreach (string key in MetadataVocabulary.AuthorKeys)
        {
            // Scholarly tags hold one person each, surname first ("Roy, Aniruddha").
            IReadOnlyList<string> values = meta.All(key);
            if (values.Count > 0 && People(FromRaw(MetadataVocabulary.OnePersonAuthorKeys.Contains(key) ? values.Select(AuthorNames.SurnameLast) : values)) is { } fromMeta)
            {
                return fromMeta;
            }
        }

        if (People(FromRaw(LabelledData(meta))) is { } fromLabel)
        {
            return fromLabel;
        }

        // Behind a site-name or login author, the byline must name a person outright ("Jane Doe"), not a stray word.
        if (People(BylineReader.Read(scan)) is { } fromPage && (fallback is null || fromPage.Exists(LooksLikeFullName)))
        {
            return fromPage;
        }

        return fallback ?? FromRaw(jsonLd.OrganizationAuthors);
    }

    /// <summary>Whether a name is the site's (or publisher's) own name, compared by letters and digits only.</summary>
    public static bool IsSiteName(string name, string siteKey, string publisherKey, string hostKey)
    {
        string key = Text.Key(name);
        return key.Length > 0 && (key == siteKey || key == publisherKey || (hostKey.Length >= 4 && key == hostKey));
    }

    /// <summary>Two or more words, each starting with a capital letter: "Jane Doe", "Julian K. Arni"; credentials after
    /// a comma are not part of the name ("Holly Wilgus, E-RYT 200").</summary>
    public static bool LooksLikeFullName(string name)
    {
        int comma = name.IndexOf(',', StringComparison.Ordinal);
        string[] words = (comma < 0 ? name : name[..comma]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && Array.TrueForAll(words, w => char.IsUpper(w[0]));
    }

    /// <summary>
    /// The value of a labelled pair of Twitter card tags whose label says it is the author
    /// (<c>twitter:label1</c> "Written by" with <c>twitter:data1</c> "Jane Doe"), as SEO plugins write them.
    /// </summary>
    public static IEnumerable<string> LabelledData(MetaTags meta)
    {
        for (int i = 0; i < TwitterLabels.Length; i++)
        {
            if (meta.All(TwitterLabels[i]) is [{ } label, ..]
                && BylineVocabulary.AuthorLabels.Contains(label.TrimEnd(':', ' '))
                && meta.All(TwitterData[i]) is [{ } data, ..])
            {
                yield return data;
            }
        }
    }
}
