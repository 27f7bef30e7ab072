namespace Extractor.Content;

/// <summary>
/// Cuts the body at a separator line ("***", "* * *", "– – –", "###") that sets off a short end: an author's note, a
/// sign-off, a promotion. Only a body's one such line counts (a story with scene breaks has several), when it comes
/// after <see cref="BodyTail.MinTailHeadingStart"/> of the text with at most <see cref="MaxEndLength"/> characters
/// after it.
/// </summary>
internal static class EndSeparator
{
    /// <summary>The most text after the separator, about 300 words: more is a part of the article.</summary>
    public const int MaxEndLength = 2000;

    private const int MinMarks = 3;

    /// <summary>The characters a separator line is made of.</summary>
    private const string Marks = "*-–—_=~#•·";

    public static void DropEnd(List<TextBlock> kept)
    {
        // One pass: where the one separator stands, and how much text comes before it and in all.
        int separator = -1, before = 0, total = 0;
        for (int i = 0; i < kept.Count; i++)
        {
            if (IsSeparator(kept[i]))
            {
                if (separator >= 0)
                {
                    return;
                }

                separator = i;
                before = total;
            }

            total += kept[i].Text.Length;
        }

        if (separator < 0)
        {
            return;
        }

        int after = total - before - kept[separator].Text.Length;
        if (before >= BodyTail.MinTailHeadingStart * total && after <= MaxEndLength)
        {
            kept.RemoveRange(separator, kept.Count - separator);
        }
    }

    /// <summary>A paragraph of nothing but three or more marks of one kind or another, spaced or not.</summary>
    private static bool IsSeparator(TextBlock block)
    {
        if (block.Kind != BlockKind.Paragraph || block.Text.Length < MinMarks)
        {
            return false;
        }

        int marks = 0;
        foreach (char c in block.Text)
        {
            if (Marks.Contains(c, StringComparison.Ordinal))
            {
                marks++;
            }
            else if (c != ' ')
            {
                return false;
            }
        }

        return marks >= MinMarks;
    }
}
