using System.Collections.Frozen;
using Extractor.Cleaning;

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

    /// <summary>Every element name above (and <see cref="ElementRules.ArticleScopes"/>) with the sets it is in, so that
    /// the walk looks an element's name up once.</summary>
    public static readonly FrozenDictionary<string, TagKinds> Kinds = BuildKinds();

    private static FrozenDictionary<string, TagKinds> BuildKinds() =>
        NameFlags.Merge(
            (Inline, TagKinds.Inline),
            (ArticleMarkers, TagKinds.ArticleMarker),
            (Captions, TagKinds.Caption),
            (FigureContent, TagKinds.FigureContent),
            (ElementRules.ArticleScopes, TagKinds.ArticleScope)).ToFrozenDictionary(StringComparer.Ordinal);
}

/// <summary>The <see cref="HtmlTags"/> sets an element name is in.</summary>
[Flags]
internal enum TagKinds : byte
{
    None = 0,
    Inline = 1,
    ArticleMarker = 2,
    Caption = 4,
    FigureContent = 8,
    ArticleScope = 16,
}
