using Extractor.Rendering;

namespace Extractor;

/// <summary>
/// A news article extracted from a page: metadata, the body as ordered blocks, and its news structure
/// (dateline, direct quotes, "More:" links). Immutable once created.
/// </summary>
public sealed class Article
{
    /// <summary>The canonical URL when the page names one, else the address it was read from; <see langword="null"/> when unknown.</summary>
    public Uri? Url { get; init; }

    /// <summary>The headline, without the site-name suffix; <see langword="null"/> when the page has none.</summary>
    public string? Headline { get; init; }

    /// <summary>The dateline that opens the story, or <see langword="null"/>.</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>The authors' names in page order; empty when none are named.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>When the article was first published, or <see langword="null"/>.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When the article was last modified, or <see langword="null"/>.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The publication's name, e.g. <c>World News Desk</c>, or <see langword="null"/>.</summary>
    public string? SiteName { get; init; }

    /// <summary>The language as a BCP 47 tag (e.g. <c>en</c>, <c>pt-BR</c>), or <see langword="null"/>.</summary>
    public string? Language { get; init; }

    /// <summary>The absolute address of the lead image, or <see langword="null"/>.</summary>
    public Uri? LeadImage { get; init; }

    /// <summary>The page's summary (meta description or OpenGraph), or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>The body blocks in reading order, with their kinds; the dateline is removed from the first.</summary>
    public IReadOnlyList<Block> Blocks { get; init; } = [];

    /// <summary>The text of each of <see cref="Blocks"/>, in the same order; quotes and links index into this list.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>
    /// The body as plain text: the blocks separated by a blank line, starting with the dateline exactly as written
    /// when there is one; no headline.
    /// </summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Every direct quotation in the body, in reading order.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>The inline "More:" / "Related:" links taken out of the body, in reading order.</summary>
    public IReadOnlyList<MoreLink> MoreLinks { get; init; } = [];

    /// <summary>Renders the article as Markdown: <c># headline</c>, then the dateline and the body.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => MarkdownRenderer.Render(this);

    /// <summary>Renders the article as a clean, self-contained HTML fragment (an <c>&lt;article&gt;</c> element).</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml() => HtmlRenderer.Render(this);

    /// <summary>Renders the article as JSON in the documented camelCase shape (dates ISO 8601, absent values null).</summary>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = true) => JsonRenderer.Render(this, indented);
}
