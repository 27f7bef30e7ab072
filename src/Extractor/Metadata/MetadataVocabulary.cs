using System.Collections.Frozen;

namespace Extractor.Metadata;

/// <summary>
/// The metadata vocabularies as data: which meta keys carry which field, in order of trust; which JSON-LD types
/// describe an article or a page; what separates a title from its site name. Adding a key here never touches logic.
/// Meta keys are compared case-insensitively against <c>property</c>, <c>name</c>, <c>itemprop</c> and <c>http-equiv</c>.
/// </summary>
internal static class MetadataVocabulary
{
    public static readonly string[] TitleKeys =
    [
        "og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "dcterms.title", "headline", "title",
    ];

    public static readonly string[] SiteNameKeys =
    [
        "og:site_name", "application-name", "apple-mobile-web-app-title", "dc.publisher", "dcterms.publisher", "publisher",
    ];

    public static readonly string[] AuthorKeys =
    [
        "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl",
        "byline", "article.author", "twitter:creator:name", "citation_author", "citation_authors", "dc.contributor",
    ];

    /// <summary>Author keys of scholarly metadata (Highwire Press, Dublin Core): one person per tag, written
    /// "Surname, Given names".</summary>
    public static readonly FrozenSet<string> OnePersonAuthorKeys = FrozenSet.ToFrozenSet(["citation_author", "dc.creator", "dcterms.creator"], StringComparer.Ordinal);

    public static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:published_time", "article:published", "datepublished", "parsely-pub-date",
        "sailthru.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date.created", "dc.date", "dcterms.date",
        "pubdate", "publishdate", "publish-date", "publish_date", "published", "published-date", "published_date", "publication-date", "article.published", "date", "citation_publication_date",
        "citation_date", "og:updated_time",
    ];

    /// <summary>
    /// Ends of publication-date keys that sites prefix with their own name ("w-published-date", "bt:pubdate"): a key
    /// that ends with one of these after a separator names the same date. Read only when no
    /// <see cref="PublishedKeys"/> gives a date.
    /// </summary>
    public static readonly string[] PublishedKeyEnds =
    [
        "published_time", "published-time", "publishtime", "published-date", "published_date", "publisheddate",
        "publish-date", "publish_date", "publishdate", "pub-date", "pub_date", "pubdate", "publication-date",
        "publication_date", "date-published", "date_published", "datepublished",
    ];

    public static readonly string[] ModifiedKeys =
    [
        "article:modified_time", "og:modified_time", "datemodified", "dcterms.modified", "dc.date.modified",
        "last-modified", "article.updated", "lastmod", "og:updated_time",
    ];

    public static readonly string[] DescriptionKeys =
    [
        "og:description", "description", "twitter:description", "dc.description", "dcterms.description", "sailthru.description",
    ];

    public static readonly string[] ImageKeys =
    [
        "og:image:secure_url", "og:image:url", "og:image", "twitter:image", "twitter:image:src", "parsely-image-url",
        "sailthru.image.full", "thumbnail", "image",
    ];

    public static readonly string[] LanguageKeys = ["content-language", "og:locale", "dc.language", "dcterms.language", "language"];

    public static readonly string[] UrlKeys = ["og:url", "twitter:url", "parsely-link"];

    /// <summary>JSON-LD types that describe an article (schema.org Article and its common subtypes).</summary>
    public static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
        "SocialMediaPosting", "DiscussionForumPosting", "TechArticle", "ScholarlyArticle", "MedicalScholarlyArticle",
        "Report", "SatiricalArticle", "AdvertiserContentArticle", "HowTo", "Recipe", "Review", "CreativeWork",
    };

    /// <summary>JSON-LD page types whose <c>mainEntity</c> may hold the article, or whose fields describe it.</summary>
    public static readonly HashSet<string> PageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "WebPage", "ItemPage", "AboutPage", "FAQPage", "QAPage", "CollectionPage", "ProfilePage", "MedicalWebPage",
    };

    /// <summary>Title separators between a headline and the site name, tried in this order.</summary>
    public static readonly string[] TitleSeparators =
    [
        " | ", " – ", " — ", " - ", " :: ", " » ", " « ", " · ", " • ", " // ", " / ", " ~ ", " : ",
    ];

    /// <summary>The separators after which a short leading segment is read as the site's or section's name ("The
    /// Agency | Title"); a slash or colon after a few words is more often the headline's own ("21+ Best Movers /
    /// ...").</summary>
    public static readonly FrozenSet<string> LeadingNameSeparators = FrozenSet.ToFrozenSet(
        [" | ", " – ", " — ", " - ", " :: ", " » ", " · ", " • "], StringComparer.Ordinal);
}
