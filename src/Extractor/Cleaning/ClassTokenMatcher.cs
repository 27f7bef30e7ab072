using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Extractor.Cleaning;

/// <summary>
/// Matches class, id, role and aria-label values against <see cref="BoilerplateVocabulary"/>: values are split
/// into lower-case words at non-alphanumerics and camelCase humps, without allocating a string per word
/// and checked as single words and as adjacent pairs.
/// </summary>
internal static class ClassTokenMatcher
{
    /// <summary>Every vocabulary word with what it is, so that each word of a value is looked up once.</summary>
    private static readonly FrozenDictionary<string, (string Word, WordKinds Kinds)>.AlternateLookup<ReadOnlySpan<char>> Vocabulary = BuildVocabulary();

    /// <summary><see cref="BoilerplateVocabulary.Phrases"/>, looked up by a span.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Phrases =
        BoilerplateVocabulary.Phrases.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest word looked up; longer words are passed over.</summary>
    private const int MaxWordLength = 32;

    /// <summary>Which (first letter, second letter, length) a vocabulary word has: most words of a value are no
    /// vocabulary word, and this tells so before the word is lowered and looked up.</summary>
    private static readonly ulong[] Shapes = BuildShapes();

    [Flags]
    private enum WordKinds : byte
    {
        None = 0,
        Boilerplate = 1,
        Layout = 2,
        Content = 4,
        Phrase = 8,
        Standfirst = 16,
    }

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
            if (word.Length <= MaxWordLength && MayBeWord(word) && Vocabulary.TryGetValue(Lower(word, buffer), out var entry)
                && (entry.Kinds & WordKinds.Standfirst) != 0)
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
    public static bool IsBoilerplate(string? value, int maxWords = int.MaxValue, bool layout = true) =>
        Judge(value, maxWords, layout, findStandfirst: false, out _);

    /// <summary>Whether a class value names boilerplate, and, in the same reading of its words, whether it names a
    /// standfirst (<see cref="IsStandfirst"/>).</summary>
    /// <param name="value">A class value.</param>
    /// <param name="layout">See <see cref="IsBoilerplate(string?, int, bool)"/>.</param>
    /// <param name="standfirst">Whether the value names a standfirst.</param>
    public static bool IsBoilerplate(string? value, bool layout, out bool standfirst) =>
        Judge(value, int.MaxValue, layout, findStandfirst: true, out standfirst);

    private static bool Judge(string? value, int maxWords, bool layout, bool findStandfirst, out bool standfirst)
    {
        standfirst = false;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        // A value of more than maxWords words is not judged: its split stops at the word after them.
        Span<Range> ranges = stackalloc Range[48];
        int count = Split(value, maxWords < ranges.Length ? ranges[..(maxWords + 1)] : ranges);
        if (count == 0 || count > maxWords)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[64];
        bool boilerplate = false;
        bool layoutWord = false;
        bool content = false;
        string? previous = null;
        for (int i = 0; i < count; i++)
        {
            var word = value.AsSpan(ranges[i]);
            if (word.Length > MaxWordLength)
            {
                previous = null;
                continue;
            }

            string? known = null;
            if (MayBeWord(word) && Vocabulary.TryGetValue(Lower(word, buffer), out var entry))
            {
                WordKinds kinds = entry.Kinds;
                standfirst |= (kinds & WordKinds.Standfirst) != 0;
                if ((kinds & WordKinds.Boilerplate) != 0)
                {
                    boilerplate = true;
                }
                else if ((kinds & WordKinds.Layout) != 0)
                {
                    layoutWord = layout;
                }
                else if ((kinds & WordKinds.Content) != 0)
                {
                    content = true;
                }

                // Standfirst-only words take no part in phrases.
                known = (kinds & ~WordKinds.Standfirst) != 0 ? entry.Word : null;
            }

            if (previous is not null && known is not null && IsPhrase(previous, known))
            {
                boilerplate = true;
            }

            if (boilerplate && (standfirst || !findStandfirst))
            {
                return true;
            }

            previous = known;
        }

        return boilerplate || (layoutWord && !content);
    }

    /// <summary>Whether two vocabulary words joined by a hyphen are a phrase, without building the joined string.</summary>
    private static bool IsPhrase(string first, string second)
    {
        Span<char> phrase = stackalloc char[(2 * MaxWordLength) + 1];
        first.CopyTo(phrase);
        phrase[first.Length] = '-';
        second.CopyTo(phrase[(first.Length + 1)..]);
        return Phrases.Contains(phrase[..(first.Length + 1 + second.Length)]);
    }

    /// <summary>Whether a word (ASCII letters and digits, as <see cref="Split"/> cuts them, at most
    /// <see cref="MaxWordLength"/> long) may be a vocabulary word, by its shape.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBeWord(ReadOnlySpan<char> word)
    {
        int shape = ShapeOf(word[0] | 0x20, word.Length > 1 ? word[1] | 0x20 : -1, word.Length);
        return (Shapes[shape >> 6] & (1UL << shape)) != 0;
    }

    /// <summary>A word of ASCII letters and digits (as <see cref="Split"/> cuts them) in lower case: setting the 0x20 bit
    /// lowers an ASCII letter and leaves a digit as it is.</summary>
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var lower = buffer[..word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            lower[i] = (char)(word[i] | 0x20);
        }

        return lower;
    }

    /// <summary>The index of a (first letter, second letter or -1, length) triple, letters in lower case.</summary>
    private static int ShapeOf(int first, int second, int length) =>
        (((Slot(first) * 38) + Slot(second) + 1) * (MaxWordLength + 1)) + length;

    /// <summary>0-9 for digits (which <c>| 0x20</c> leaves alone), 10-35 for letters, -1 for no letter.</summary>
    private static int Slot(int c) => c < 0 ? -1 : c <= '9' ? c - '0' : c - 'a' + 10;

    private static ulong[] BuildShapes()
    {
        var shapes = new ulong[((37 * 38 * (MaxWordLength + 1)) >> 6) + 1];
        foreach (string word in Vocabulary.Dictionary.Keys)
        {
            // A word of other characters than lower-case ASCII letters and digits never equals a lowered word of a value.
            if (word.Length is 0 or > MaxWordLength || !word.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c)))
            {
                continue;
            }

            int shape = ShapeOf(word[0], word.Length > 1 ? word[1] : -1, word.Length);
            shapes[shape >> 6] |= 1UL << shape;
        }

        return shapes;
    }

    private static FrozenDictionary<string, (string Word, WordKinds Kinds)>.AlternateLookup<ReadOnlySpan<char>> BuildVocabulary() =>
        NameFlags.Merge(
            (BoilerplateVocabulary.Words, WordKinds.Boilerplate),
            (BoilerplateVocabulary.LayoutWords, WordKinds.Layout),
            (BoilerplateVocabulary.ContentWords, WordKinds.Content),
            (BoilerplateVocabulary.PhraseWords, WordKinds.Phrase),
            (StandfirstVocabulary.Words, WordKinds.Standfirst))
        .ToFrozenDictionary(pair => pair.Key, pair => (pair.Key, pair.Value), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Splits at non-alphanumerics and at lower→upper case humps; returns the number of words (at most the
    /// number of ranges: later words are not read).</summary>
    private static int Split(string value, Span<Range> ranges)
    {
        int count = 0;
        int i = 0;
        while (count < ranges.Length)
        {
            while (i < value.Length && !char.IsAsciiLetterOrDigit(value[i]))
            {
                i++;
            }

            if (i == value.Length)
            {
                break;
            }

            int start = i++;
            while (i < value.Length && char.IsAsciiLetterOrDigit(value[i])
                && !(char.IsAsciiLetterUpper(value[i]) && char.IsAsciiLetterLower(value[i - 1])))
            {
                i++;
            }

            ranges[count++] = new Range(start, i);
        }

        return count;
    }
}
