namespace Extractor.Content;

/// <summary>
/// Finds a table of contents inside the body by its shape, whatever its markup: a run of short lines (list items,
/// paragraphs) that repeat, in order of appearance, the text of headings further down ("1. Why it matters" above
/// "Why it matters"). A class name is no help here ("toc" also names heading anchors and layout wrappers).
/// </summary>
internal static class TableOfContents
{
    /// <summary>A run needs at least this many lines that repeat a heading below them.</summary>
    public const int MinEntries = 3;

    /// <summary>Entries are at most this long.</summary>
    public const int MaxEntryLength = 200;

    /// <summary>Between two entries, at most this many other lines (an entry whose heading was reworded, a label).</summary>
    public const int MaxGap = 1;

    /// <summary>A line between two entries is at most this long and no sentence.</summary>
    public const int MaxGapLength = 80;

    /// <summary>Removes every run of table-of-contents entries from the kept blocks.</summary>
    public static void Drop(List<TextBlock> kept)
    {
        Dictionary<string, int>? headings = null;
        for (int i = 0; i < kept.Count; i++)
        {
            if (kept[i].Kind == BlockKind.Heading && Key(kept[i].Text) is { Length: > 0 } key)
            {
                headings ??= new Dictionary<string, int>(StringComparer.Ordinal);
                headings[key] = i;
            }
        }

        if (headings is null || headings.Count < MinEntries)
        {
            return;
        }

        var lookup = headings.GetAlternateLookup<ReadOnlySpan<char>>();

        // The first letters of the headings' keys: a line whose key starts otherwise is no entry, unread further.
        Span<char> firsts = stackalloc char[headings.Count];
        int firstCount = 0;
        foreach (string key in headings.Keys)
        {
            if (!firsts[..firstCount].Contains(key[0]))
            {
                firsts[firstCount++] = key[0];
            }
        }

        var index = new Index(lookup, firsts[..firstCount]);

        for (int i = kept.Count - 1; i >= 0; i--)
        {
            if (!IsEntry(kept, i, index))
            {
                continue;
            }

            // Walk back over the run that ends at i.
            int entries = 1, first = i, gap = 0;
            for (int j = i - 1; j >= 0 && gap <= MaxGap; j--)
            {
                if (IsEntry(kept, j, index))
                {
                    entries++;
                    first = j;
                    gap = 0;
                }
                else if (kept[j].Kind != BlockKind.Heading && kept[j].Text.Length <= MaxGapLength && kept[j].Text[^1] is not ('.' or '!' or '?'))
                {
                    gap++;
                }
                else
                {
                    break;
                }
            }

            if (entries >= MinEntries)
            {
                kept.RemoveRange(first, i - first + 1);
            }

            i = first;
        }
    }

    /// <summary>A short non-heading line, not in a table (a row's label naming a section is data), whose text is that
    /// of a heading after it.</summary>
    private static bool IsEntry(List<TextBlock> kept, int i, Index headings)
    {
        string text = kept[i].Text;
        if (kept[i].Kind == BlockKind.Heading || text.Length > MaxEntryLength || !headings.Firsts.Contains(FirstKeyChar(text))
            || InTable(kept[i].Owner))
        {
            return false;
        }

        Span<char> key = stackalloc char[MaxEntryLength];
        return headings.Keys.TryGetValue(key[..WriteKey(text, key)], out int at) && at > i;
    }

    /// <summary>The headings by key, and the first characters of their keys.</summary>
    private readonly ref struct Index(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> keys, ReadOnlySpan<char> firsts)
    {
        public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Keys { get; } = keys;

        public ReadOnlySpan<char> Firsts { get; } = firsts;
    }

    /// <summary>The first character of the text's <see cref="Key"/>, or '\0' when the key is empty.</summary>
    private static char FirstKeyChar(string text)
    {
        for (int i = KeyStart(text); i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return char.ToLowerInvariant(text[i]);
            }
        }

        return '\0';
    }

    /// <summary>Where the text's key starts: after a leading number ("2.1 ", "01 ", "3) ").</summary>
    private static int KeyStart(string text)
    {
        int start = 0;
        while (start < text.Length && (char.IsDigit(text[start]) || text[start] is '.' or ')' or ':' or '-' or '–' || char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        return start;
    }

    private static bool InTable(ContentNode? node)
    {
        for (int up = 0; up < 3 && node is not null; up++, node = node.Parent)
        {
            if (node.Element.LocalName is "td" or "th" or "tr")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text as letters and digits in lower case, words joined by single spaces, without a leading
    /// number ("2.1 ", "01 ", "3) ").</summary>
    internal static string Key(string text)
    {
        char[] key = new char[text.Length];
        return new string(key, 0, WriteKey(text, key));
    }

    /// <summary>Writes <see cref="Key"/> of the text to the destination, which is at least as long as the text, and
    /// returns its length: never longer than the text, as each space stands for at least one other character.</summary>
    private static int WriteKey(string text, Span<char> destination)
    {
        int start = KeyStart(text);
        int length = 0;
        bool space = false;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (space && length > 0)
                {
                    destination[length++] = ' ';
                }

                destination[length++] = char.ToLowerInvariant(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return length;
    }
}
