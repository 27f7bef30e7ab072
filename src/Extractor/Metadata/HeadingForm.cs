namespace Extractor.Metadata;

/// <summary>
/// Judges the written form of a page heading against the metadata title it matches: a heading set in capitals
/// ("BEST DRIP COFFEE MAKERS") is styling, and a heading that is the title behind a one-word label ("Blog: ...",
/// "Title: ...") carries the label; in both the metadata title is the headline as written.
/// </summary>
internal static class HeadingForm
{
    private const int MinLetters = 8;
    private const int MaxLabelLength = 12;

    /// <summary>The heading, or the metadata title when the heading is a capitalised or labelled form of it.</summary>
    public static string Prefer(string heading, string title)
    {
        if (IsCapitals(heading) && !IsCapitals(title))
        {
            return SamePrefix(title, heading) ?? title;
        }

        return IsLabelled(heading, title) ? title : heading;
    }

    /// <summary>
    /// The start of the title that has exactly the heading's letters and digits ("Weekend Coding Agent" out of
    /// "Weekend Coding Agent | Labs" for "WEEKEND CODING AGENT"), or null when the title does not start with them.
    /// </summary>
    private static string? SamePrefix(string title, string heading)
    {
        string key = Text.Key(heading);
        int matched = 0;
        for (int i = 0; i < title.Length && matched < key.Length; i++)
        {
            if (!char.IsLetterOrDigit(title[i]))
            {
                continue;
            }

            if (char.ToLowerInvariant(title[i]) != key[matched++])
            {
                return null;
            }

            if (matched == key.Length)
            {
                return Text.Clean(title[..(i + 1)]);
            }
        }

        return null;
    }

    /// <summary>Whether every letter is a capital (and there are enough letters to tell).</summary>
    public static bool IsCapitals(string text)
    {
        int letters = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= MinLetters;
    }

    /// <summary>Whether the heading is one short word and a colon before exactly the title ("Blog: Best agencies").</summary>
    public static bool IsLabelled(string heading, string title)
    {
        int colon = heading.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > MaxLabelLength || heading[..colon].Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        string rest = Text.Key(heading[(colon + 1)..]);
        return rest.Length > 0 && rest == Text.Key(title);
    }
}
