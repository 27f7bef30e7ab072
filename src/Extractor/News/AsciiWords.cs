namespace Extractor.News;

/// <summary>ASCII spellings of words for case-insensitive look-ups that hash ASCII only.</summary>
internal static class AsciiWords
{
    /// <summary>
    /// For each word, the all-ASCII word equal to it ignoring case, when there is one: the word itself when it is
    /// ASCII, "said" for "ſaid"; words that no ASCII word equals ("déclaré") are left out.
    /// </summary>
    public static IEnumerable<string> Forms(IEnumerable<string> words)
    {
        foreach (string word in words)
        {
            char[] chars = word.ToCharArray();
            bool found = true;
            for (int i = 0; i < chars.Length && found; i++)
            {
                if (!char.IsAscii(chars[i]))
                {
                    found = TryAsciiEquivalent(chars[i], out chars[i]);
                }
            }

            if (found)
            {
                yield return new string(chars);
            }
        }
    }

    private static bool TryAsciiEquivalent(char c, out char ascii)
    {
        ReadOnlySpan<char> one = [c];
        for (ascii = '\0'; ascii < 128; ascii++)
        {
            if (one.Equals([ascii], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        ascii = c;
        return false;
    }
}
