using System.Text.RegularExpressions;

namespace Extractor.Metadata;

/// <summary>
/// Judges the written form of a page heading against the metadata title it matches: a heading set in capitals
/// ("BEST DRIP COFFEE MAKERS") is styling, and a heading that is the title behind a one-word label ("Blog: ...",
/// "Title: ...") carries the label, and a heading that is the title followed by a link aggregator's source note
/// ("... Jobs (latimes.com) 87") carries the note, and a heading whose characters a broken encoding turned into
/// question marks ("Beginner? Guide") lost them; in all four the metadata title is the headline as written.
/// </summary>
internal static partial class HeadingForm
{
    private const int MinLetters = 8;
    private const int MaxLabelLength = 12;

    /// <summary>A heading with more marks than this is not read as a garbled title (each mark is tried two
    /// ways).</summary>
    private const int MaxGarbledMarks = 8;

    /// <summary>The heading, or the metadata title when the heading is a capitalised, labelled, source-noted or garbled
    /// form of it.</summary>
    public static string Prefer(string heading, string title)
    {
        if (IsCapitals(heading) && !IsCapitals(title))
        {
            return SamePrefix(title, heading) ?? title;
        }

        return IsLabelled(heading, title) || HasSourceNote(heading, title) || IsGarbled(heading, title)
            ? title
            : heading;
    }

    /// <summary>
    /// Whether the heading is the title with characters lost to a broken encoding: each question mark or U+FFFD in it
    /// stands where the title has one or two other characters ("Planning? Beginner? Guide" for "Planning: Beginner's
    /// Guide"), and everything else is the same.
    /// </summary>
    public static bool IsGarbled(string heading, string title)
    {
        int marks = heading.AsSpan().Count('?') + heading.AsSpan().Count('\uFFFD');
        return marks is > 0 and <= MaxGarbledMarks && !title.Contains('\uFFFD', StringComparison.Ordinal)
            && MatchesGarbled(heading, 0, title, 0, substituted: false);
    }

    /// <summary>Whether heading[h..] is title[t..] with marks standing for characters; only a match that used a mark
    /// for other characters counts.</summary>
    private static bool MatchesGarbled(string heading, int h, string title, int t, bool substituted)
    {
        while (h < heading.Length && t < title.Length && heading[h] == title[t])
        {
            h++;
            t++;
        }

        if (h == heading.Length)
        {
            return t == title.Length && substituted;
        }

        if (heading[h] is not ('?' or '\uFFFD'))
        {
            return false;
        }

        for (int take = 1; take <= 2 && t + take <= title.Length; take++)
        {
            char lost = title[t + take - 1];
            if (char.IsWhiteSpace(lost) || lost == '?')
            {
                return false;
            }

            if (MatchesGarbled(heading, h + 1, title, t + take, substituted: true))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the heading is the title's words followed only by the address of the story's source in parentheses
    /// and perhaps a comment count, as link aggregators set them beside a headline ("... Jobs (latimes.com) 87").
    /// </summary>
    public static bool HasSourceNote(string heading, string title)
    {
        int end = PrefixEnd(heading, Text.Key(title));
        return end > 0 && SourceNote().IsMatch(heading.AsSpan(end));
    }

    /// <summary>
    /// The start of the title that has exactly the heading's letters and digits ("Weekend Coding Agent" out of
    /// "Weekend Coding Agent | Labs" for "WEEKEND CODING AGENT"), or null when the title does not start with them.
    /// </summary>
    private static string? SamePrefix(string title, string heading) =>
        PrefixEnd(title, Text.Key(heading)) is > 0 and int end ? Text.Clean(title[..end]) : null;

    /// <summary>Where the start of <paramref name="text"/> that has exactly the letters and digits of
    /// <paramref name="key"/> ends, or -1 when the text does not start with them.</summary>
    private static int PrefixEnd(string text, string key)
    {
        int matched = 0;
        for (int i = 0; i < text.Length && matched < key.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                continue;
            }

            if (char.ToLowerInvariant(text[i]) != key[matched++])
            {
                return -1;
            }

            if (matched == key.Length)
            {
                return i + 1;
            }
        }

        return -1;
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

    /// <summary>A source's address in parentheses ("(latimes.com)"), then perhaps a count, and nothing else.</summary>
    [GeneratedRegex(@"^\s*\((?:[\w-]+\.)+[a-z]{2,}\)\s*\d*\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SourceNote();
}
