using System.Text.Json;
using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// Reads the article described by the page's JSON-LD: the best Article-typed node (NewsArticle, BlogPosting, ...,
/// also inside <c>@graph</c> or a WebPage's <c>mainEntity</c>), with <c>@id</c> references resolved, and the WebPage
/// and WebSite nodes as fallbacks. Broken JSON-LD is skipped; nothing throws.
/// </summary>
internal static class JsonLdReader
{
    public static JsonLdArticle Read(PageScan scan)
    {
        List<JsonDocument> documents = JsonLdParser.ParseAll(scan.Scripts);
        try
        {
            return Read(JsonLdParser.Nodes(documents));
        }
        finally
        {
            foreach (JsonDocument doc in documents)
            {
                doc.Dispose();
            }
        }
    }

    private static JsonLdArticle Read(List<JsonElement> nodes)
    {
        if (nodes.Count == 0)
        {
            return JsonLdArticle.Empty;
        }

        var ids = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (JsonElement node in nodes)
        {
            if (JsonLdValues.String(node, "@id") is { } id)
            {
                ids.TryAdd(id, node);
            }
        }

        var values = new JsonLdValues(ids);
        JsonElement? article = Best(nodes, MetadataVocabulary.ArticleTypes);
        JsonElement? page = Best(nodes, MetadataVocabulary.PageTypes);
        JsonElement? site = nodes.FirstOrDefault(n => JsonLdValues.HasType(n, "WebSite")) is { ValueKind: JsonValueKind.Object } s ? s : null;
        JsonElement? organization = nodes.FirstOrDefault(n => JsonLdValues.HasType(n, "NewsMediaOrganization") || JsonLdValues.HasType(n, "Organization")) is { ValueKind: JsonValueKind.Object } o ? o : null;

        JsonElement?[] sources = [article, page];
        string? First(Func<JsonElement, string?> read) =>
            sources.Where(n => n is not null).Select(n => read(n!.Value)).FirstOrDefault(v => v is not null);

        string? publisher = First(n => values.Name(n, "publisher"))
            ?? (site is { } w ? values.Text(w, "name") : null)
            ?? (organization is { } org ? values.Text(org, "name") : null);

        return new JsonLdArticle
        {
            Headline = article is { } a ? values.Text(a, "headline") ?? values.Text(a, "name") : null,
            Authors = First(n => values.Names(n, "author", organizations: false) is { Count: > 0 } list ? string.Join('\n', list) : null)?.Split('\n') ?? [],
            OrganizationAuthors = First(n => values.Names(n, "author", organizations: true) is { Count: > 0 } list ? string.Join('\n', list) : null)?.Split('\n') ?? [],
            Published = First(n => values.Text(n, "datePublished") ?? values.Text(n, "dateCreated") ?? values.Text(n, "uploadDate")),
            Modified = First(n => values.Text(n, "dateModified")),
            PublisherName = publisher,
            Image = First(n => values.Image(n, "image") ?? values.Image(n, "thumbnailUrl") ?? values.Image(n, "primaryImageOfPage")),
            Description = First(n => values.Text(n, "description")),
            Language = First(n => values.Text(n, "inLanguage")),
            Url = First(n => values.Text(n, "url") ?? values.Text(n, "mainEntityOfPage")),
            ArticleBody = article is { } b ? values.Text(b, "articleBody") : null,
        };
    }

    /// <summary>The node of one of the types that says most about an article (headline, date, author), first on ties.</summary>
    private static JsonElement? Best(List<JsonElement> nodes, HashSet<string> types)
    {
        JsonElement? best = null;
        int bestScore = -1;
        foreach (JsonElement node in nodes)
        {
            if (!JsonLdValues.Types(node).Any(types.Contains))
            {
                continue;
            }

            int score = (node.TryGetProperty("headline", out _) ? 4 : 0)
                + (node.TryGetProperty("datePublished", out _) ? 2 : 0)
                + (node.TryGetProperty("author", out _) ? 2 : 0)
                + (node.TryGetProperty("articleBody", out _) ? 1 : 0)
                + (JsonLdValues.HasType(node, "CreativeWork") ? 0 : 1);
            if (score > bestScore)
            {
                best = node;
                bestScore = score;
            }
        }

        return best;
    }
}
