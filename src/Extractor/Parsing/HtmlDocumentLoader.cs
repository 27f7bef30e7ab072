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

        // Nothing downstream reads source positions or comments: the tokenizer need not track the one nor build the other.
        DisableElementPositionTracking = true,
        SkipComments = true,
    });

    public static IHtmlDocument Load(string html) => Parser.ParseDocument(html);
}
