using System.Text.Encodings.Web;
using System.Text.Json;

namespace Extractor.Rendering;

/// <summary>The article as JSON in the contract's camelCase shape.</summary>
internal static class JsonRenderer
{
    private static readonly ArticleJsonContext Indented = Create(indented: true);
    private static readonly ArticleJsonContext Compact = Create(indented: false);

    public static string Render(Article article, bool indented) =>
        JsonSerializer.Serialize(ToModel(article), (indented ? Indented : Compact).ArticleJsonModel);

    internal static ArticleJsonModel ToModel(Article article) => new(
        article.Url?.OriginalString,
        article.Headline,
        article.Dateline is { } d ? new DatelineJsonModel(d.Text, d.Location, d.Agency, d.Date) : null,
        article.Authors,
        article.Published,
        article.Modified,
        article.SiteName,
        article.Language,
        article.LeadImage?.OriginalString,
        article.Description,
        article.Paragraphs,
        article.Text,
        article.Quotes.Select(q => new QuoteJsonModel(q.Text, q.Speaker, q.Verb, q.Paragraph, q.SpeakerAsWritten)).ToList(),
        article.MoreLinks.Select(l => new MoreLinkJsonModel(l.Text, l.Url.OriginalString, l.AfterParagraph)).ToList(),
        article.Blocks.Select(b => new BlockJsonModel(KindName(b.Kind), b.Text, b.Level == 0 ? null : b.Level, b.Number)).ToList());

    private static string KindName(BlockKind kind) => kind switch
    {
        BlockKind.Heading => "heading",
        BlockKind.ListItem => "listItem",
        BlockKind.BlockQuote => "blockQuote",
        BlockKind.Preformatted => "preformatted",
        BlockKind.TableRow => "tableRow",
        _ => "paragraph",
    };

    private static ArticleJsonContext Create(bool indented) => new(new JsonSerializerOptions
    {
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });
}
