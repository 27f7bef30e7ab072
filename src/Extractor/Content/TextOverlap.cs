namespace Extractor.Content;

/// <summary>How much of one text reappears in another, by word 4-grams (as the usual extraction metric counts).</summary>
internal static class TextOverlap
{
    /// <summary>The share of <paramref name="part"/>'s word 4-grams found in <paramref name="whole"/>; 0 when it has none.</summary>
    public static double Contained(string part, string whole)
    {
        var inWhole = Shingles(whole);
        var ofPart = Shingles(part);
        if (ofPart.Count == 0)
        {
            return 0;
        }

        int found = 0;
        foreach (long shingle in ofPart)
        {
            found += inWhole.Contains(shingle) ? 1 : 0;
        }

        return (double)found / ofPart.Count;
    }

    /// <summary>The number of words (runs of letters and digits).</summary>
    public static int Words(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    private static HashSet<long> Shingles(string text)
    {
        var set = new HashSet<long>();
        Span<int> window = stackalloc int[4];
        int count = 0;
        int hash = 0;
        bool inWord = false;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                hash = unchecked((hash * 31) + char.ToLowerInvariant(c));
                inWord = true;
                continue;
            }

            if (!inWord)
            {
                continue;
            }

            window[count % 4] = hash;
            count++;
            hash = 0;
            inWord = false;
            if (count >= 4)
            {
                long key = 17;
                for (int k = count - 4; k < count; k++)
                {
                    key = unchecked((key * 1_000_003) + window[k % 4]);
                }

                set.Add(key);
            }
        }

        return set;
    }
}
