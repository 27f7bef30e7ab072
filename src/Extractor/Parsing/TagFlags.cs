namespace Extractor.Parsing;

/// <summary>What the hostile-input guard needs to know about a tag name to follow the HTML tree builder.</summary>
[Flags]
internal enum TagFlags
{
    /// <summary>An ordinary element: it nests and is closed by its own end tag.</summary>
    None = 0,

    /// <summary>Never has content (<c>br</c>, <c>img</c>, ...): adds no depth.</summary>
    Void = 1 << 0,

    /// <summary>Its content is text up to its own end tag (<c>script</c>, <c>style</c>, <c>textarea</c>, ...).</summary>
    RawText = 1 << 1,

    /// <summary>A formatting element the parser reopens after misnested end tags (<c>b</c>, <c>font</c>, <c>a</c>, ...).</summary>
    Formatting = 1 << 2,

    /// <summary>Its start tag closes an open <c>p</c> (block-level elements).</summary>
    ClosesParagraph = 1 << 3,

    /// <summary>A "special" element: an end tag of an ordinary element does not look past it.</summary>
    Special = 1 << 4,

    /// <summary>Limits the default scope (<c>table</c>, <c>td</c>, <c>template</c>, ...).</summary>
    ScopeBoundary = 1 << 5,

    /// <summary>Starts a new list of active formatting elements (a marker: <c>td</c>, <c>caption</c>, <c>object</c>, ...).</summary>
    Marker = 1 << 6,

    /// <summary>Closed by the start tag of a sibling of its kind (<c>li</c>, <c>dd</c>, <c>dt</c>, <c>option</c>).</summary>
    ImpliedEnd = 1 << 7,

    /// <summary>A heading, <c>h1</c> to <c>h6</c>: a heading start tag closes an open heading.</summary>
    Heading = 1 << 8,

    /// <summary>A start tag of this name inside SVG or MathML leaves the foreign content.</summary>
    BreaksOutOfForeign = 1 << 9,

    /// <summary>Never pushed by the tree builder (<c>html</c>, <c>head</c>, <c>body</c>, <c>frameset</c>).</summary>
    Ignored = 1 << 10,

    /// <summary>A table part (<c>tbody</c>, <c>tr</c>, <c>td</c>, ...), handled by the table rules.</summary>
    TablePart = 1 << 11,
}
