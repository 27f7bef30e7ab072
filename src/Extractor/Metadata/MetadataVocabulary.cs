namespace Extractor.Metadata;

/// <summary>
/// The metadata vocabularies as data: which meta keys carry which field, in order of trust; which class and id
/// tokens mark a byline; what separates a title from its site name. Adding a key here never touches logic.
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

    public static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:published_time", "article:published", "datepublished", "parsely-pub-date",
        "sailthru.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date.created", "dc.date", "dcterms.date",
        "pubdate", "publishdate", "publish-date", "publish_date", "article.published", "date", "citation_publication_date",
        "citation_date", "og:updated_time",
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

    /// <summary>Class/id/itemprop tokens (matched as substrings of each token) marking a byline element.</summary>
    public static readonly string[] BylineTokens =
    [
        "byline", "by-line", "author", "writer", "contributor", "reporter", "posted-by", "postedby", "journalist",
    ];

    /// <summary>Tokens that mark an author box rather than a byline (biography, avatar, follow widgets).</summary>
    public static readonly string[] NotBylineTokens =
    [
        "bio", "about", "avatar", "photo", "image", "img", "pic", "follow", "social", "description", "comment",
        "more", "other", "related", "box", "card", "widget", "link-list",
    ];

    /// <summary>Address path pieces of an author's page (a link there names the author).</summary>
    public static readonly string[] AuthorPathSegments = ["/author/", "/authors/", "/autor/", "/auteur/", "/writers/", "/writer/", "/byline/", "/profile/", "/people/", "/staff/"];

    /// <summary>Lower-case prefixes that introduce a byline, longest first where they overlap.</summary>
    public static readonly string[] BylinePrefixes =
    [
        "written by", "posted by", "articles by", "posts by", "stories by", "more about", "more from", "view all posts by",
        "all posts by", "author", "authored by", "published by", "reported by", "story by", "words by", "text by", "reviewed by",
        "by", "author:", "authors:", "von", "por", "par", "di", "door", "av", "af", "przez", "автор:",
    ];

    /// <summary>Words joining two names in a byline ("X and Y").</summary>
    public static readonly string[] NameJoiners = ["and", "und", "y", "et", "e", "en", "og", "och", "i"];

    /// <summary>Title separators between a headline and the site name, tried in this order.</summary>
    public static readonly string[] TitleSeparators =
    [
        " | ", " – ", " — ", " - ", " :: ", " » ", " « ", " · ", " • ", " // ", " / ", " ~ ", " : ",
    ];

    /// <summary>Words that make a byline segment a role or credit rather than a name ("Staff Writer", "Photos").</summary>
    public static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "writer", "writers", "editor", "editors", "reporter", "correspondent", "contributor", "columnist",
        "updated", "published", "posted", "photos", "photo", "photography", "video", "illustration", "illustrations",
        "senior", "associate", "contributing", "freelance", "team", "desk", "newsroom",
        "min", "read", "comments", "comment", "share", "follow", "email", "twitter", "facebook", "marketer", "manager",
        "director", "officer", "founder", "co-founder", "ceo", "cto", "president", "head", "specialist", "consultant",
        "analyst", "strategist", "attorney", "professor", "intern", "producer", "host",
    };

    /// <summary>Weekday names (English, with abbreviations): where a byline turns into a date.</summary>
    public static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    };

    /// <summary>Words that stand between a name and the date after it ("Jane Doe on March 3", "Jane Doe | 3 May").</summary>
    public static readonly HashSet<string> BeforeDateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "at", "on", "in", "|", "-", "–", "—", "·", "•", "@", "»", "›", "published", "updated", "posted",
    };

    /// <summary>Words left dangling at the ends of a split byline ("and Jane Doe", "David at").</summary>
    public static readonly HashSet<string> DanglingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "at", "&", "|", "-", "–", "—", "·", "•", "@", "»", "›",
    };

    /// <summary>Words of prose, never of a name: a "By ..." line holding them is a sentence ("By signing up, you agree").</summary>
    public static readonly HashSet<string> ProseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "you", "we", "us", "to", "up", "agree", "this", "that", "with", "by", "edited", "here", "click", "view", "see",
        "is", "are", "was", "signing", "continuing", "using", "clicking", "it",
    };
}
