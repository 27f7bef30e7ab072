using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// Reads the page's metadata: JSON-LD, OpenGraph/Dublin Core/common meta tags, then the page itself (title, h1,
/// byline, <c>&lt;time&gt;</c>, <c>lang</c>). Read-only over the DOM. Never throws: a part that fails is left empty.
/// </summary>
internal static class MetadataReader
{
    public static PageMetadata Read(IDocument document, Uri? address)
    {
        var scan = Safe(() => new PageScan(document), null);
        var meta = scan is null ? null : Safe(() => new MetaTags(scan), null);
        if (scan is null || meta is null)
        {
            return new PageMetadata();
        }

        JsonLdArticle jsonLd = Safe(() => JsonLdReader.Read(scan), JsonLdArticle.Empty);

        Uri? canonical = Safe(() => Canonical(scan, meta, jsonLd, address), null);
        Uri? baseAddress = address ?? canonical;
        string? host = (canonical ?? address)?.Host;
        string? siteName = SiteNameCleaner.Clean(meta.First(MetadataVocabulary.SiteNameKeys) ?? jsonLd.PublisherName, host);
        string? headline = Safe(() => HeadlineChooser.Choose(scan, jsonLd, meta, siteName, host), null);
        var (published, modified) = Safe(() => PageDates.Read(scan, jsonLd, meta, headline, canonical ?? address), default);

        return new PageMetadata
        {
            Headline = headline,
            Authors = Safe(() => AuthorChooser.Choose(scan, jsonLd, meta, siteName, host), []),
            Published = published,
            Modified = modified,
            SiteName = siteName,
            Language = Safe(() => Language(document, jsonLd, meta), null),
            CanonicalUrl = canonical,
            LeadImage = Safe(() => LeadImage(scan, jsonLd, meta, baseAddress), null),
            Description = meta.First(MetadataVocabulary.DescriptionKeys) ?? jsonLd.Description,
            JsonLdArticleBody = jsonLd.ArticleBody,
            DocumentTitle = Safe(() => scan.Title, null),
        };
    }

    private static string? Language(IDocument document, JsonLdArticle jsonLd, MetaTags meta) =>
        LanguageTag.Normalize(document.DocumentElement?.GetAttribute("lang"))
        ?? LanguageTag.Normalize(document.DocumentElement?.GetAttribute("xml:lang"))
        ?? LanguageTag.Normalize(meta.First(MetadataVocabulary.LanguageKeys))
        ?? LanguageTag.Normalize(jsonLd.Language);

    /// <summary>The canonical link, else og:url and kin, else the JSON-LD article's <c>url</c> or <c>mainEntityOfPage</c>.</summary>
    private static Uri? Canonical(PageScan scan, MetaTags meta, JsonLdArticle jsonLd, Uri? address)
    {
        string? href = scan.LinkTag("canonical")?.GetAttribute("href");
        return UrlResolver.Resolve(address, href)
            ?? UrlResolver.Resolve(address, meta.First(MetadataVocabulary.UrlKeys))
            ?? UrlResolver.Resolve(address, jsonLd.Url);
    }

    private static Uri? LeadImage(PageScan scan, JsonLdArticle jsonLd, MetaTags meta, Uri? baseAddress) =>
        UrlResolver.Resolve(baseAddress, meta.First(MetadataVocabulary.ImageKeys))
        ?? UrlResolver.Resolve(baseAddress, jsonLd.Image)
        ?? UrlResolver.Resolve(baseAddress, scan.LinkTag("image_src")?.GetAttribute("href"));

    private static T Safe<T>(Func<T> read, T fallback)
    {
        try
        {
            return read();
        }
#pragma warning disable CA1031 // The metadata stage must never fail an extraction: a part that cannot be read stays empty.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return fallback;
        }
    }
}
