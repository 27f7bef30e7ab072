namespace Extractor.Content;

/// <summary>One run of text between block boundaries, with what scoring needs to know about it.</summary>
internal sealed class TextBlock(int index, BlockKind kind, int level, int? number, string text, int linkLength, IReadOnlyList<BlockLink> links, ContentNode owner, bool caption)
{
    /// <summary>The block's place in the page's block list.</summary>
    public int Index { get; } = index;

    public BlockKind Kind { get; } = kind;

    public int Level { get; } = level;

    /// <summary>For an item of an ordered list, the number a reader sees before it.</summary>
    public int? Number { get; } = number;

    public string Text { get; } = text;

    /// <summary>Characters of the text inside links to other pages (links within the page, as a table of
    /// contents has, do not count).</summary>
    public int LinkLength { get; } = linkLength;

    public IReadOnlyList<BlockLink> Links { get; } = links;

    /// <summary>The block-level element the text belongs to.</summary>
    public ContentNode Owner { get; } = owner;

    /// <summary>Inside a figure or caption.</summary>
    public bool Caption { get; } = caption;

    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkLength / Text.Length;

    /// <summary>The block's contribution to the score of every element holding it.</summary>
    public double Weight { get; set; }

    public BodyBlock ToBodyBlock() => new(Kind, Text, Level, Links, Number);
}
