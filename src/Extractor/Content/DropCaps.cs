namespace Extractor.Content;

/// <summary>
/// Puts back a drop cap: a page that sets the first letter of a paragraph large in an element of its own ("D", then
/// "uring the pandemic ...") gives the letter a block of its own, sometimes outside the article's element. A kept
/// block that starts with a lower-case letter right after a block that is one capital letter takes the letter back.
/// </summary>
internal static class DropCaps
{
    public static void Restore(List<TextBlock> blocks, List<TextBlock> kept)
    {
        for (int i = 0; i < kept.Count; i++)
        {
            var block = kept[i];
            // Paragraphs only: an index's letter heading ("A") over lower-case entries is no drop cap.
            if (block.Kind != BlockKind.Paragraph || block.Index == 0 || block.Text.Length == 0 || !char.IsLower(block.Text[0])
                || blocks[block.Index - 1] is not { Kind: BlockKind.Paragraph, Text: [var letter] } capital || !char.IsUpper(letter))
            {
                continue;
            }

            // "A" before " cat sat" is a word of its own; "D" before "uring" is the start of one.
            string joint = StartsWithSpace(block) ? " " : string.Empty;
            kept[i] = new TextBlock(block.Index, block.Kind, block.Level, block.Number, letter + joint + block.Text, block.LinkLength,
                block.Links, block.Owner, block.Caption);
            if (i > 0 && kept[i - 1] == capital)
            {
                kept.RemoveAt(--i);
            }
        }
    }

    private static bool StartsWithSpace(TextBlock block) =>
        block.Owner.Element.TextContent is { Length: > 0 } text && char.IsWhiteSpace(text[0]);
}
