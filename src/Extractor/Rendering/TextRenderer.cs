using System.Text;

namespace Extractor.Rendering;

/// <summary>The plain-text body: the dateline as written, then the blocks separated by a blank line.</summary>
internal static class TextRenderer
{
    /// <summary>
    /// The blocks' texts with the items of an ordered list numbered as a reader sees them ("1. ", "2. ", ...),
    /// unless the item already starts with its own number.
    /// </summary>
    public static IReadOnlyList<string> NumberOrderedItems(IReadOnlyList<Content.BodyBlock> blocks)
    {
        var texts = new string[blocks.Count];
        int number = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            bool ordered = block.Kind == BlockKind.ListItem && block.Level == 1;
            number = ordered ? number + 1 : 0;
            texts[i] = ordered && (block.Text.Length == 0 || !char.IsDigit(block.Text[0]))
                ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + block.Text
                : block.Text;
        }

        return texts;
    }

    public static string Render(Dateline? dateline, IReadOnlyList<string> paragraphs)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0)
            {
                builder.Append("\n\n");
            }
            else if (dateline is not null)
            {
                builder.Append(dateline.Text).Append(' ');
            }

            builder.Append(paragraphs[i]);
        }

        if (paragraphs.Count == 0 && dateline is not null)
        {
            builder.Append(dateline.Text);
        }

        return builder.ToString();
    }
}
