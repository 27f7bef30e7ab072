namespace Extractor;

/// <summary>One block of the article body, in reading order.</summary>
public sealed class Block
{
    /// <summary>Creates a block.</summary>
    /// <param name="kind">What the block is.</param>
    /// <param name="text">Its text, whitespace normalised (preformatted text as written).</param>
    /// <param name="level">For headings, 2 to 6; for list items, 1 when the list is ordered; otherwise 0.</param>
    /// <param name="number">For an item of an ordered list, the number a reader sees before it; otherwise null.</param>
    public Block(BlockKind kind, string text, int level = 0, int? number = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Kind = kind;
        Text = text;
        Level = level;
        Number = number;
    }

    /// <summary>What the block is.</summary>
    public BlockKind Kind { get; }

    /// <summary>
    /// The block's text, no markup: whitespace normalised to single spaces, except in <see cref="BlockKind.Preformatted"/>
    /// text, which keeps its spaces and line breaks; a <see cref="BlockKind.TableRow"/> joins its cells with " | ".
    /// </summary>
    public string Text { get; }

    /// <summary>For a heading, its level (2 to 6); for a list item, 1 when the list is ordered; otherwise 0.</summary>
    public int Level { get; }

    /// <summary>
    /// For an item of an ordered list, the number a reader sees before it: the list's <c>start</c> and
    /// <c>reversed</c> and the item's <c>value</c> honoured, so a list split by a picture or a paragraph and continued
    /// with <c>start="2"</c> goes on counting. Null for every other block.
    /// </summary>
    public int? Number { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}: {Text}";
}
