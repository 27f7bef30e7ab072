using System.Collections.Frozen;

namespace Extractor.Content;

/// <summary>Element vocabularies the content stage reads structure with, as data.</summary>
internal static class HtmlTags
{
    /// <summary>Phrasing (inline) elements: their text joins the enclosing block. Every other element starts a block.</summary>
    public static readonly FrozenSet<string> Inline = FrozenSet.ToFrozenSet(
    [
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "img", "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small", "span",
        "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "picture", "br",
    ]);

    /// <summary>Elements whose presence says "the article is in here": vocabulary marks above them are overruled.</summary>
    public static readonly FrozenSet<string> ArticleMarkers = FrozenSet.ToFrozenSet(["h1", "main"]);

    /// <summary>Elements whose text is a caption or credit, not body text.</summary>
    public static readonly FrozenSet<string> Captions = FrozenSet.ToFrozenSet(["figcaption", "figure", "caption"]);

    /// <summary>Elements that are content even inside a figure (tables and pull quotes wrapped in one); a caption inside them is still one.</summary>
    public static readonly FrozenSet<string> FigureContent = FrozenSet.ToFrozenSet(["table", "blockquote"]);
}
