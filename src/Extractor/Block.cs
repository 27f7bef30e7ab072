namespace Extractor;

/// <summary>One block of the article body, in reading order.</summary>
public sealed class Block
{
    /// <summary>Creates a block.</summary>
    /// <param name="kind">What the block is.</param>
    /// <param name="text">Its text, whitespace normalised.</param>
    /// <param name="level">For headings, 2 to 6; for list items, 1 when the list is ordered; otherwise 0.</param>
    public Block(BlockKind kind, string text, int level = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        Kind = kind;
        Text = text;
        Level = level;
    }

    /// <summary>What the block is.</summary>
    public BlockKind Kind { get; }

    /// <summary>The block's text, whitespace normalised, no markup.</summary>
    public string Text { get; }

    /// <summary>For a heading, its level (2 to 6); for a list item, 1 when the list is ordered; otherwise 0.</summary>
    public int Level { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}: {Text}";
}
