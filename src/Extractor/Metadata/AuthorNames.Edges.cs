namespace Extractor.Metadata;

// Where the name starts and ends in a byline: the prefixes before it ("By", "Written by", a credit inside a sentence),
// and the dates, roles, clauses and joining words after it.
internal static partial class AuthorNames
{
    private static readonly HashSet<char> PrefixInitials = [.. BylineVocabulary.BylinePrefixes.Select(p => p[0])];

    /// <summary>
    /// Whether a text whose first character is <paramref name="first"/> can start with a byline prefix; when not,
    /// <see cref="StripPrefix"/> returns it unchanged.
    /// </summary>
    public static bool MayStartWithPrefix(char first) => PrefixInitials.Contains(char.ToLowerInvariant(first));

    /// <summary>The byline prefixes by their first character (ASCII), in their order.</summary>
    private static readonly string[][] PrefixesByInitial = [.. Enumerable.Range(0, 128).Select(c => BylineVocabulary.BylinePrefixes.Where(p => p[0] == c).ToArray())];

    /// <summary>The longest byline prefix: as much of a text's start as <see cref="MayHavePrefix"/> needs.</summary>
    public static readonly int LongestPrefix = BylineVocabulary.BylinePrefixes.Max(p => p.Length);

    /// <summary>
    /// Whether a text whose lower-cased start is <paramref name="head"/> (the whole text when <paramref name="complete"/>,
    /// else only its start, which may be shorter than <see cref="LongestPrefix"/>) can start with a byline prefix; when
    /// not, <see cref="StripPrefix"/> returns it unchanged.
    /// </summary>
    public static bool MayHavePrefix(ReadOnlySpan<char> head, bool complete)
    {
        // Every prefix a non-empty head can start or be started by begins with the head's first character.
        if (head.IsEmpty)
        {
            return !complete;
        }

        string[] prefixes = head[0] < PrefixesByInitial.Length ? PrefixesByInitial[head[0]] : BylineVocabulary.BylinePrefixes;
        foreach (string prefix in prefixes)
        {
            if (head.Length >= prefix.Length ? head.StartsWith(prefix, StringComparison.Ordinal) : !complete && prefix.AsSpan().StartsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Strips "By", "Written by", "Author:" and kin, also when glued to the name ("ByJane Doe").</summary>
    public static string StripPrefix(string text)
    {
        string lower = text.ToLowerInvariant();
        foreach (string prefix in BylineVocabulary.BylinePrefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length
                && (prefix.EndsWith(':') || text[prefix.Length] is ' ' or ':' or '\u00a0' || (prefix.EndsWith("by", StringComparison.Ordinal) && char.IsUpper(text[prefix.Length]) && char.IsUpper(text[0]))))
            {
                return text[prefix.Length..].TrimStart(' ', ':', '\u00a0');
            }
        }

        return text;
    }

    /// <summary>The words after "written by" in a sentence crediting the author ("This post was written by Jane Doe,
    /// Head of Marketing"), or the text as it is.</summary>
    private static string AfterWrittenBy(string text) =>
        FindPhrase(text, BylineVocabulary.CreditPhrases, out int length) is int at and >= 0 ? text[(at + length)..].TrimStart() : text;

    /// <summary>The byline before a clause that follows the name ("Jane Doe on behalf of the Vision Doc group").</summary>
    private static string CutAtClause(string text) =>
        FindPhrase(text, BylineVocabulary.ClausesAfterName, out _) is int at and > 0 ? text[..at] : text;

    /// <summary>Where the first of <paramref name="phrases"/> (in their order) stands in the text, ignoring case, or -1.</summary>
    private static int FindPhrase(string text, string[] phrases, out int length)
    {
        foreach (string phrase in phrases)
        {
            int at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                length = phrase.Length;
                return at;
            }
        }

        length = 0;
        return -1;
    }

    /// <summary>Whether the text is a byline prefix and nothing else ("Article by", "Written by:").</summary>
    public static bool IsPrefixAlone(string text)
    {
        string label = text.Trim().TrimEnd(':').TrimEnd().ToLowerInvariant();
        return Array.IndexOf(BylineVocabulary.BylinePrefixes, label) >= 0 || Array.IndexOf(BylineVocabulary.BylinePrefixes, label + ":") >= 0;
    }

    /// <summary>Cuts a byline where a date, weekday or number starts ("Jane Doe December 2, 2025", "Jane Doe on Friday").</summary>
    private static string CutAtDate(string text)
    {
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A number right after a credential is its level ("E-RYT 200"), not a date.
        int cut = -1;
        for (int i = 0; i < words.Length && cut < 0; i++)
        {
            string w = words[i];
            if ((char.IsDigit(w[0]) && !(i > 0 && IsCredential(words[i - 1] + " " + w.TrimEnd(',', ';'))))
                || BylineVocabulary.Weekdays.Contains(w.Trim('.', ',')))
            {
                cut = i;
            }
        }

        if (cut < 0)
        {
            return text;
        }

        // A date written first ("Dec. 19, 2025 · Jane Doe"): the name is what follows it.
        if (cut <= 1 && LeadingDateLength(words) is > 0 and var dateWords && dateWords < words.Length)
        {
            return CutAtDate(string.Join(' ', words.Skip(dateWords)).TrimStart('·', '•', '|', '-', '–', '—', ',', ' '));
        }

        while (cut > 0 && (MonthNames.Months.ContainsKey(words[cut - 1].Trim('.', ',')) || BylineVocabulary.BeforeDateWords.Contains(words[cut - 1])))
        {
            cut--;
        }

        return cut == 0 ? text : string.Join(' ', words.Take(cut)).TrimEnd(',', '-', '–', '|', ' ');
    }

    /// <summary>The number of words a date at the start takes ("Dec. 19, 2025", "19 March 2024", "2025-12-19"), or 0.</summary>
    private static int LeadingDateLength(string[] words)
    {
        int i = 0;
        if (i < words.Length && BylineVocabulary.Weekdays.Contains(words[i].Trim('.', ',')))
        {
            i++;
        }

        int start = i;
        while (i < words.Length && i - start < 3
            && (MonthNames.Months.ContainsKey(words[i].Trim('.', ',')) || (char.IsDigit(words[i][0]) && words[i].Trim('.', ',').All(c => char.IsDigit(c) || c is '-' or '/' or '.'))))
        {
            i++;
        }

        // A date needs a year: four digits among the words taken.
        return words.Skip(start).Take(i - start).Any(w => w.Trim('.', ',').Length >= 4 && w.Trim('.', ',').Count(char.IsDigit) >= 4) ? i : 0;
    }

    /// <summary>Cuts a role written after the name without a comma ("Rachel MacDonald Writer", "Jo Lee Tech Reporter").</summary>
    private static string CutRole(string name)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return name;
        }

        int role = Array.FindIndex(words, 2, w => BylineVocabulary.RoleWords.Contains(w.Trim('.', ',')) && !BylineVocabulary.CollectiveNames.Contains(w.Trim('.', ',')));
        if (role < 0)
        {
            return name;
        }

        while (role > 2 && BylineVocabulary.RoleModifiers.Contains(words[role - 1].Trim('.', ',')))
        {
            role--;
        }

        return string.Join(' ', words.Take(role));
    }

    /// <summary>Drops joining words left at the ends of a piece ("and Jane Doe", "David at").</summary>
    private static string TrimDangling(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && BylineVocabulary.DanglingWords.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && BylineVocabulary.DanglingWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }
}
