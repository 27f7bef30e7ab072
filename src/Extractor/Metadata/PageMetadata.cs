namespace Extractor.Metadata;

/// <summary>What the metadata stage learns about a page, before the body is looked at.</summary>
internal sealed record PageMetadata
{
    public string? Headline { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset? Modified { get; init; }

    public string? SiteName { get; init; }

    public string? Language { get; init; }

    public Uri? CanonicalUrl { get; init; }

    public Uri? LeadImage { get; init; }

    public string? Description { get; init; }

    /// <summary>The document's <c>&lt;title&gt;</c> as written (site name and all), read before the cleaner removes the
    /// head: the content stage drops body blocks that repeat it.</summary>
    public string? DocumentTitle { get; init; }

    /// <summary>The JSON-LD <c>articleBody</c>, when the page gives one: a signal for the content stage.</summary>
    public string? JsonLdArticleBody { get; init; }
}
