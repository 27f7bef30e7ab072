namespace Extractor.Metadata;

/// <summary>What the page's JSON-LD says about its article; every field may be missing.</summary>
internal sealed record JsonLdArticle
{
    public static readonly JsonLdArticle Empty = new();

    public string? Headline { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Author names given as Organization entities: used only when the page names no person.</summary>
    public IReadOnlyList<string> OrganizationAuthors { get; init; } = [];

    public string? Published { get; init; }

    public string? Modified { get; init; }

    public string? PublisherName { get; init; }

    public string? Image { get; init; }

    public string? Description { get; init; }

    public string? Language { get; init; }

    public string? Url { get; init; }

    public string? ArticleBody { get; init; }
}
