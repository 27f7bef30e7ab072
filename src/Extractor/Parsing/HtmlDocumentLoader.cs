using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Extractor.Parsing;

/// <summary>Turns HTML text into an AngleSharp DOM. The parser is configured once and shared (it is thread-safe).</summary>
internal static class HtmlDocumentLoader
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
    });

    public static IHtmlDocument Load(string html) => Parser.ParseDocument(html);
}
