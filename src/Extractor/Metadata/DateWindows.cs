using System.Buffers;

namespace Extractor.Metadata;

/// <summary>
/// The stretches of a text where a written date can stand, so that the date pattern is run there instead of at every
/// word. Every date the pattern reads holds a four-digit year, and spans at most <see cref="TokensBefore"/> runs of
/// whitespace before the word that holds the year ("19 de marzo de 2025"). A stretch is the word holding four digits
/// in a row and the <see cref="TokensBefore"/> words before it, overlapping stretches merged. Each stretch starts after
/// whitespace (or at the start) and ends before whitespace (or at the end), so a word boundary at its edges reads as
/// it does in the whole text: the pattern run over each stretch finds exactly the matches it finds over the whole text.
/// </summary>
internal static class DateWindows
{
    /// <summary>Whitespace runs a date may span before its year: day, "de", month, "de" (see the date pattern).</summary>
    public const int TokensBefore = 4;

    /// <summary>The ASCII characters that are no digit: skipped in one vectorised search, as most of a text is them.</summary>
    private static readonly SearchValues<char> AsciiNonDigits = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiDigit(c))));

    /// <summary>The stretches in order, as (start, length); whitespace and digits as the pattern's <c>\s</c> and <c>\d</c>.</summary>
    /// <remarks>Finds each run of four digits first (the rare part), then reads back from its word over the words before
    /// it and on to the word's end; a word with several years is taken once.</remarks>
    public static List<(int Start, int Length)> Find(string text)
    {
        var windows = new List<(int Start, int Length)>();
        int i = 0;
        while (i < text.Length)
        {
            int skip = text.AsSpan(i).IndexOfAnyExcept(AsciiNonDigits);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            if (!char.IsDigit(text[i]))
            {
                // A character outside ASCII that is no digit, and the run of such characters after it.
                do
                {
                    i++;
                }
                while (i < text.Length && !char.IsAscii(text[i]) && !char.IsDigit(text[i]));
                continue;
            }

            int digits = i;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }

            if (i - digits < 4)
            {
                continue;
            }

            // The word holding the year, and the TokensBefore words before it (fewer at the text's start).
            int from = digits;
            while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
            {
                from--;
            }

            for (int word = 0; word < TokensBefore; word++)
            {
                int j = from - 1;
                while (j >= 0 && char.IsWhiteSpace(text[j]))
                {
                    j--;
                }

                if (j < 0)
                {
                    break;
                }

                while (j > 0 && !char.IsWhiteSpace(text[j - 1]))
                {
                    j--;
                }

                from = j;
            }

            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (windows.Count > 0 && windows[^1].Start + windows[^1].Length >= from)
            {
                from = windows[^1].Start;
                windows.RemoveAt(windows.Count - 1);
            }

            windows.Add((from, i - from));
        }

        return windows;
    }
}
