namespace Extractor.News;

/// <summary>
/// Finds the quotations of one paragraph in a single left-to-right pass: pairs opening and closing marks,
/// treats marks of another kind inside a quotation as nested, and ignores stray closers (inch marks, typos).
/// </summary>
internal static class QuoteScanner
{
    private static readonly System.Buffers.SearchValues<char> Openers = System.Buffers.SearchValues.Create([.. QuoteMarks.Pairs.Select(p => p.Open)]);

    /// <summary>Whether the text holds any opening mark at all; without one it holds no quotation.</summary>
    public static bool MayHoldQuotes(string text) => text.AsSpan().ContainsAny(Openers);

    public static List<QuoteSpan> Scan(string text)
    {
        var spans = new List<QuoteSpan>();
        if (!MayHoldQuotes(text))
        {
            return spans;
        }

        int open = -1;
        string closers = string.Empty;
        for (int i = 0; i < text.Length; i++)
        {
            // Only an opening mark (outside a quotation) or one of its closers (inside) can change anything.
            int next = open < 0 ? text.AsSpan(i).IndexOfAny(Openers) : text.AsSpan(i).IndexOfAny(closers);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (open < 0)
            {
                string? found = OpenerClosers(text, i);
                if (found is not null)
                {
                    open = i;
                    closers = found;
                }

                continue;
            }

            if (IsClosing(text, open, i))
            {
                Add(spans, text, open, i);
                open = -1;
            }
        }

        if (open >= 0)
        {
            Add(spans, text, open, -1);
        }

        return spans;
    }

    /// <summary>Whether the text (after leading spaces) starts with an opening quotation mark.</summary>
    public static bool StartsWithOpener(string text)
    {
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && OpenerClosers(text, i) is not null;
    }

    private static string? OpenerClosers(string text, int i)
    {
        char c = text[i];
        foreach (var (mark, closers) in QuoteMarks.Pairs)
        {
            if (c != mark)
            {
                continue;
            }

            if (c == '"')
            {
                // A straight quote opens only at a word's start: after a space, a bracket, a dash or the start.
                char before = i > 0 ? text[i - 1] : ' ';
                bool atStart = char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/' or ':';
                bool followed = i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
                return atStart && followed ? closers : null;
            }

            return closers;
        }

        return null;
    }

    private static bool IsClosing(string text, int open, int i)
    {
        char c = text[i];
        if (c == '“' && text[open] == '“')
        {
            // A second “ closes only where a closer would stand: after a word, before a space or punctuation.
            bool afterWord = i > 0 && !char.IsWhiteSpace(text[i - 1]);
            bool beforeBreak = i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]);
            return afterWord && beforeBreak;
        }

        return i > open + 1;
    }

    private static void Add(List<QuoteSpan> spans, string text, int open, int close)
    {
        int start = open + 1;
        int end = close >= 0 ? close : text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        for (int k = start; k < end; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
            {
                spans.Add(new QuoteSpan(open, start, end, close));
                return;
            }
        }
    }
}
