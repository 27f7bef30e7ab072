namespace Extractor;

/// <summary>What a body block is.</summary>
public enum BlockKind
{
    /// <summary>A paragraph of running text.</summary>
    Paragraph,

    /// <summary>A subheading inside the body (see <see cref="Block.Level"/>).</summary>
    Heading,

    /// <summary>One item of a bulleted or numbered list.</summary>
    ListItem,

    /// <summary>A block quotation.</summary>
    BlockQuote,

    /// <summary>Preformatted text such as code, kept as written.</summary>
    Preformatted,

    /// <summary>One row of a table, its cells separated by " | ".</summary>
    TableRow,
}
