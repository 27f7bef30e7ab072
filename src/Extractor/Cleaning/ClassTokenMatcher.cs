using System.Collections.Frozen;

namespace Extractor.Cleaning;

/// <summary>
/// Matches class, id, role and aria-label values against <see cref="BoilerplateVocabulary"/>: values are split
/// into lower-case words at non-alphanumerics and camelCase humps, without allocating a string per word
/// and checked as single words and as adjacent pairs.
/// </summary>
internal static class ClassTokenMatcher
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = BoilerplateVocabulary.Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LayoutWords = BoilerplateVocabulary.LayoutWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContentWords = BoilerplateVocabulary.ContentWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseWords = BoilerplateVocabulary.PhraseWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StandfirstWords = StandfirstVocabulary.Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a class value names a standfirst (<see cref="StandfirstVocabulary"/>).</summary>
    public static bool IsStandfirst(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        Span<Range> ranges = stackalloc Range[48];
        int count = Split(value, ranges);
        Span<char> buffer = stackalloc char[64];
        for (int i = 0; i < count; i++)
        {
            var word = value.AsSpan(ranges[i]);
            if (word.Length <= 32 && StandfirstWords.Contains(buffer[..word.ToLowerInvariant(buffer)]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the attribute value names boilerplate.</summary>
    /// <param name="value">A class, id, role or aria-label value.</param>
    /// <param name="maxWords">Values of more words are not judged: ids made from a heading's text
    /// ("how-popular-are-...") are prose, not names.</param>
    /// <param name="layout">Whether <see cref="BoilerplateVocabulary.LayoutWords"/> count (not on headings: an
    /// "entry-header" or "module_header" heading is the heading itself, not the page's header).</param>
    public static bool IsBoilerplate(string? value, int maxWords = int.MaxValue, bool layout = true)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        Span<Range> ranges = stackalloc Range[48];
        int count = Split(value, ranges);
        if (count == 0 || count > maxWords)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[64];
        bool layoutWord = false;
        bool content = false;
        string? previous = null;
        for (int i = 0; i < count; i++)
        {
            var word = value.AsSpan(ranges[i]);
            if (word.Length > 32)
            {
                previous = null;
                continue;
            }

            int n = word.ToLowerInvariant(buffer);
            string? known = Lookup(buffer[..n], out WordKind kind);
            switch (kind)
            {
                case WordKind.Boilerplate:
                    return true;
                case WordKind.Layout:
                    layoutWord = layout;
                    break;
                case WordKind.Content:
                    content = true;
                    break;
            }

            if (previous is not null && known is not null && BoilerplateVocabulary.Phrases.Contains(previous + "-" + known))
            {
                return true;
            }

            previous = known;
        }

        return layoutWord && !content;
    }

    private enum WordKind
    {
        Other,
        Boilerplate,
        Layout,
        Content,
    }

    private static string? Lookup(ReadOnlySpan<char> word, out WordKind kind)
    {
        if (Words.TryGetValue(word, out string? w))
        {
            kind = WordKind.Boilerplate;
            return w;
        }

        if (LayoutWords.TryGetValue(word, out w))
        {
            kind = WordKind.Layout;
            return w;
        }

        if (ContentWords.TryGetValue(word, out w))
        {
            kind = WordKind.Content;
            return w;
        }

        kind = WordKind.Other;
        return PhraseWords.TryGetValue(word, out w) ? w : null;
    }

    /// <summary>Splits at non-alphanumerics and at lower→upper case humps; returns the number of words.</summary>
    private static int Split(string value, Span<Range> ranges)
    {
        int count = 0;
        int start = -1;
        for (int i = 0; i <= value.Length && count < ranges.Length; i++)
        {
            char c = i < value.Length ? value[i] : ' ';
            bool alnum = char.IsAsciiLetterOrDigit(c);
            bool hump = alnum && start >= 0 && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(value[i - 1]);
            if (start >= 0 && (!alnum || hump))
            {
                ranges[count++] = new Range(start, i);
                start = -1;
            }

            if (alnum && start < 0)
            {
                start = i;
            }
        }

        return count;
    }
}
