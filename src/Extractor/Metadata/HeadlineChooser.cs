using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// Chooses the headline: the page's own <c>&lt;h1&gt;</c> when it agrees with a metadata title (JSON-LD headline,
/// og:title and kin, <c>&lt;title&gt;</c>), else the first metadata title with the site-name suffix stripped, else the h1.
/// </summary>
internal static class HeadlineChooser
{
    private const int MaxHeadings = 5;

    public static string? Choose(IDocument document, JsonLdArticle jsonLd, MetaTags meta, string? siteName, string? host)
    {
        var titles = new List<string>();
        void Add(string? raw)
        {
            if (TitleCleaner.Clean(raw, siteName, host) is { } clean)
            {
                titles.Add(clean);
            }
        }

        Add(jsonLd.Headline);
        foreach (var values in meta.Each(MetadataVocabulary.TitleKeys))
        {
            Add(values[0]);
        }

        Add(document.Title);

        var headings = document.QuerySelectorAll("h1").Take(MaxHeadings)
            .Select(h => Text.Clean(h.TextContent)).OfType<string>().ToList();
        foreach (string heading in headings)
        {
            string key = Text.Key(heading);
            if (key.Length > 0 && titles.Any(t => Agrees(Text.Key(t), key)))
            {
                return heading;
            }
        }

        return titles.FirstOrDefault() ?? headings.FirstOrDefault();
    }

    /// <summary>Equal, or one a longer form of the other (a truncated JSON-LD headline, a title with a suffix left).</summary>
    private static bool Agrees(string title, string heading) =>
        title == heading
        || (heading.Length >= 12 && title.StartsWith(heading, StringComparison.Ordinal))
        || (title.Length >= 12 && heading.StartsWith(title, StringComparison.Ordinal) && title.Length * 4 >= heading.Length * 3);
}
