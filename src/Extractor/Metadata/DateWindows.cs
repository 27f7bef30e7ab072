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

    /// <summary>The stretches in order, as (start, length); whitespace and digits as the pattern's <c>\s</c> and <c>\d</c>.</summary>
    public static List<(int Start, int Length)> Find(string text)
    {
        var windows = new List<(int Start, int Length)>();
        Span<int> starts = stackalloc int[TokensBefore + 1];
        int tokens = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            int digits = 0;
            bool year = false;
            for (; i < text.Length && !char.IsWhiteSpace(text[i]); i++)
            {
                digits = char.IsDigit(text[i]) ? digits + 1 : 0;
                year |= digits >= 4;
            }

            starts[tokens % starts.Length] = start;
            tokens++;
            if (!year)
            {
                continue;
            }

            int from = starts[Math.Max(0, tokens - starts.Length) % starts.Length];
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
