namespace Extractor.Rendering;

/// <summary>The plain-text body: the dateline as written, then the blocks separated by a blank line.</summary>
internal static class TextRenderer
{
    private const string Separator = "\n\n";

    /// <summary>
    /// The blocks' texts with the items of an ordered list numbered as a reader sees them ("1. ", "2. ", ...),
    /// unless the item already starts with its own number.
    /// </summary>
    public static IReadOnlyList<string> NumberOrderedItems(IReadOnlyList<Content.BodyBlock> blocks)
    {
        var texts = new string[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            texts[i] = block.Number is int number && (block.Text.Length == 0 || !char.IsDigit(block.Text[0]))
                ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + block.Text
                : block.Text;
        }

        return texts;
    }

    public static string Render(Dateline? dateline, IReadOnlyList<string> paragraphs)
    {
        // Sized first, so that the text is written once into a string of its final length (no builder growing in chunks).
        int length = dateline is null ? 0 : dateline.Text.Length + (paragraphs.Count > 0 ? 1 : 0);
        for (int i = 0; i < paragraphs.Count; i++)
        {
            length += paragraphs[i].Length + (i > 0 ? Separator.Length : 0);
        }

        return string.Create(length, (dateline, paragraphs), static (span, state) =>
        {
            var (dateline, paragraphs) = state;
            int at = 0;
            if (dateline is not null)
            {
                at = Write(span, at, dateline.Text);
                if (paragraphs.Count > 0)
                {
                    span[at++] = ' ';
                }
            }

            for (int i = 0; i < paragraphs.Count; i++)
            {
                if (i > 0)
                {
                    at = Write(span, at, Separator);
                }

                at = Write(span, at, paragraphs[i]);
            }
        });
    }

    private static int Write(Span<char> span, int at, string text)
    {
        text.AsSpan().CopyTo(span[at..]);
        return at + text.Length;
    }
}
