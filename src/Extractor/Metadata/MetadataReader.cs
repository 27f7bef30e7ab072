using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>Reads the page's metadata: JSON-LD, OpenGraph and meta tags, then the page itself.</summary>
internal static class MetadataReader
{
    public static PageMetadata Read(IDocument document, Uri? address)
    {
        string? Meta(string key) =>
            document.QuerySelector($"meta[property='{key}'],meta[name='{key}']")?.GetAttribute("content")?.Trim();

        string? headline = Meta("og:title") ?? document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title;
        Uri? canonical = Resolve(address, document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        Uri? image = Resolve(address, Meta("og:image"));
        string? lang = document.DocumentElement.GetAttribute("lang");
        DateTimeOffset? published = DateTimeOffset.TryParse(Meta("article:published_time"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var p) ? p : null;

        return new PageMetadata
        {
            Headline = string.IsNullOrWhiteSpace(headline) ? null : headline,
            SiteName = Meta("og:site_name"),
            Language = string.IsNullOrWhiteSpace(lang) ? null : lang,
            CanonicalUrl = canonical,
            LeadImage = image,
            Description = Meta("og:description") ?? Meta("description"),
            Published = published,
        };
    }

    private static Uri? Resolve(Uri? baseAddress, string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute;
        }

        return baseAddress is not null && Uri.TryCreate(baseAddress, href.Trim(), out var relative) ? relative : null;
    }
}
