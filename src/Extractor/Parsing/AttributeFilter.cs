using AngleSharp.Html.Parser.Tokens.Struct;

namespace Extractor.Parsing;

/// <summary>
/// The attributes the parser keeps (AngleSharp's <c>ShouldEmitAttribute</c>): those a later stage reads, and those the
/// HTML tree construction itself reads, so that the tree keeps the shape the standard gives it. Every other attribute
/// (srcset, data-*, inline event handlers, SVG path data, ...) is skipped by the tokenizer, which then neither
/// allocates its value nor the DOM its <c>Attr</c>: the parse is about a tenth cheaper.
/// </summary>
/// <remarks>
/// One rule of the tree construction compares attributes: the "Noah's Ark" clause keeps at most three equal
/// formatting elements (same name and attributes) for reconstruction, and now compares the kept attributes only.
/// Formatting elements that differ only in skipped attributes (<c>&lt;b data-x="1"&gt;</c>, <c>&lt;b data-x="2"&gt;</c>)
/// may then be reconstructed one time fewer; the text and every attribute a stage reads stay the same.
/// Adding a stage that reads another attribute means adding it here (<c>AttributeFilterTests</c> pins the list).
/// </remarks>
internal static class AttributeFilter
{
    /// <summary>Whether the attribute named <paramref name="name"/> (lower case, as the tokenizer gives it) is kept.</summary>
    public static bool Keep(ref StructHtmlToken token, ReadOnlyMemory<char> name) => Keep(name.Span);

    /// <summary>Whether the attribute named <paramref name="name"/> is kept.</summary>
    public static bool Keep(ReadOnlySpan<char> name) => name switch
    {
        // Read by the stages: classification, landmarks, metadata, links, list numbering.
        "class" or "id" or "style" or "role" or "hidden" or "aria-hidden" or "aria-label" or "aria-labelledby"
            or "itemprop" or "href" or "rel" or "content" or "value" or "name" or "property" or "http-equiv"
            or "datetime" or "title" or "lang" or "xml:lang" or "start" or "reversed" => true,

        // Read by the tree construction (input type in tables, font in foreign content, annotation-xml's encoding,
        // isindex's action and prompt, declarative shadow roots, the document's charset).
        "type" or "color" or "face" or "size" or "encoding" or "action" or "prompt" or "charset" or "shadowrootmode" => true,
        _ => false,
    };
}
