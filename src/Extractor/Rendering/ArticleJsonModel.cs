using System.Text.Json.Serialization;

namespace Extractor.Rendering;

/// <summary>The JSON shape of one article, field order as in the contract.</summary>
internal sealed record ArticleJsonModel(
    string? Url,
    string? Headline,
    DatelineJsonModel? Dateline,
    IReadOnlyList<string> Authors,
    DateTimeOffset? Published,
    DateTimeOffset? Modified,
    string? SiteName,
    string? Language,
    string? LeadImage,
    string? Description,
    IReadOnlyList<string> Paragraphs,
    string Text,
    IReadOnlyList<QuoteJsonModel> Quotes,
    IReadOnlyList<MoreLinkJsonModel> MoreLinks,
    IReadOnlyList<BlockJsonModel> Blocks);

internal sealed record DatelineJsonModel(string Text, string? Location, string? Agency, string? Date);

internal sealed record QuoteJsonModel(string Text, string? Speaker, string? Verb, int Paragraph, string? SpeakerAsWritten);

internal sealed record MoreLinkJsonModel(string Text, string Url, int AfterParagraph);

/// <summary>A body block; <c>number</c> is written for the items of ordered lists only.</summary>
internal sealed record BlockJsonModel(
    string Kind,
    string Text,
    int? Level,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Number);
