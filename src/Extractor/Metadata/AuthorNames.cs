using System.Text.RegularExpressions;

namespace Extractor.Metadata;

/// <summary>
/// Turns raw author values ("By Jane Doe and John Roe", "Jane Doe, Staff Writer", a profile URL) into clean names:
/// prefixes stripped, several names split, roles, credentials and addresses dropped, duplicates removed.
/// </summary>
internal static partial class AuthorNames
{
    private const int MaxNameLength = 60;
    private const int MaxWords = 6;

    public static List<string> Parse(string? raw)
    {
        var names = new List<string>();
        string? text = Text.Clean(raw);
        if (text is null || text.Length > 200 || LooksLikeAddress(text))
        {
            return names;
        }

        text = CutAtClause(CutAtDate(StripPrefix(AfterWrittenBy(text))));
        List<(string Piece, bool AfterComma)> pieces = Pieces(text);
        string? previous = null;
        bool inRole = false;
        foreach (var (piece, afterComma) in pieces)
        {
            // A role's employer or department runs to the next comma: "Jane Doe, Head of Marketing and Community
            // Development", "Jane Doe, Trial Attorney at Morgan & Morgan" name one author ("Jane Doe, Staff Writer and
            // John Roe" two).
            inRole &= !afterComma;
            if (inRole)
            {
                continue;
            }

            // Credentials stay with the name they follow, as written: "Dylan Bailey, MS, RD" is one author.
            string written = piece.Trim();
            if (previous is not null && IsCredential(written))
            {
                int at = names.Count - 1;
                names[at] = previous = $"{names[at]}, {written}";
                continue;
            }

            string name = CutRole(TrimDangling(StripPrefix(written.Trim('|', '·', '•', '●', '▪', '■', '-', '–', '—', ':', '.', ' ', '@', '»', '›')).Trim('»', '›', ' ')));
            string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (IsProse(words))
            {
                // "This post was written by Jane Doe, Head of Marketing": the rest of a sentence names no one.
                break;
            }

            if (IsName(name, words, pieces.Count > 1))
            {
                Add(names, name);
                previous = names.Count > 0 && names[^1] == name ? name : null;
            }
            else
            {
                previous = null;
                inRole = names.Count > 0 && HasRoleWord(words) && BylineVocabulary.RoleObjects.Any(p => written.Contains(p, StringComparison.Ordinal));
            }
        }

        return names;
    }

    /// <summary>
    /// "Roy, Aniruddha" as "Aniruddha Roy": a value of one or two capitalised surname words, a comma, and capitalised
    /// given names or initials ("Pereira, Fernando C."). Anything else ("Jane Doe, MD", "Doe, Jane, and Roe, John") is
    /// returned as it is.
    /// </summary>
    public static string SurnameLast(string value)
    {
        string[] parts = value.Split(',');
        if (parts.Length != 2)
        {
            return value;
        }

        string[] surname = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] given = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool names = surname.Length is 1 or 2 && given.Length is >= 1 and <= 3
            && Array.TrueForAll(surname, w => char.IsUpper(w[0])) && Array.TrueForAll(given, w => char.IsUpper(w[0]))
            && !IsCredential(parts[1].Trim()) && !HasRoleWord(given);
        return names ? $"{string.Join(' ', given)} {string.Join(' ', surname)}" : value;
    }

    /// <summary>Adds names not yet present (compared by letters only), keeping page order.</summary>
    public static void Add(List<string> names, string name)
    {
        string key = Text.Key(name);
        if (key.Length > 0 && !names.Any(n => Text.Key(n) == key))
        {
            names.Add(name);
        }
    }

    /// <summary>Whether a piece that is no prose (<see cref="IsProse"/>, tested by the caller) is a name;
    /// <paramref name="words"/> are its words.</summary>
    private static bool IsName(string name, string[] words, bool oneOfSeveral)
    {
        if (name.Length is < 2 or > MaxNameLength || LooksLikeAddress(name) || !name.Any(char.IsLetter))
        {
            return false;
        }

        // A label standing where the name would ("The Author", "About the author") names no one.
        if (BylineVocabulary.AuthorLabels.Contains(StripArticle(StripArticle(name, "about "), "the ")))
        {
            return false;
        }

        if (words.Length > MaxWords || name.Any(char.IsDigit) || (words.Length == 1 && (BylineVocabulary.Weekdays.Contains(name) || MonthNames.Months.ContainsKey(name))))
        {
            return false;
        }

        if (oneOfSeveral)
        {
            // "Jane Doe, MS, RD" or "Jane Doe, Staff Writer": the trailing pieces are credentials and roles, not names.
            bool role = HasRoleWord(words);
            bool fragment = (words.Length == 1 && name.Length < 4) || name.Contains(':', StringComparison.Ordinal);
            return !IsCredential(name) && !role && !fragment;
        }

        return true;
    }

    /// <summary>Whether the words hold one of prose ("this", "was", "click"), which no name holds.</summary>
    private static bool IsProse(string[] words) =>
        words.Any(w => BylineVocabulary.ProseWords.Contains(w.Trim(',', '.', '!', '?')));

    /// <summary>Whether the words hold a role ("Writer", "Head", "Attorney").</summary>
    private static bool HasRoleWord(string[] words) =>
        words.Any(w => BylineVocabulary.RoleWords.Contains(w.Trim('.', ',')));

    private static string StripArticle(string text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase) ? text[word.Length..] : text;

    /// <summary>A post-nominal such as "MD", "Ph.D.", "RD", "MSc", "E-RYT 200": one short word of mostly capitals (two or
    /// more, more than small letters, with periods and hyphens), with or without a level number after it.</summary>
    private static bool IsCredential(string text)
    {
        int space = text.IndexOf(' ', StringComparison.Ordinal);
        var word = space < 0 ? text.AsSpan() : text.AsSpan(0, space);
        if (space >= 0 && !(text.Length - space - 1 is >= 1 and <= MaxLevelDigits && text.AsSpan(space + 1).IndexOfAnyExceptInRange('0', '9') < 0))
        {
            return false;
        }

        int upper = 0, lower = 0;
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
            else if (c is not ('.' or '-'))
            {
                return false;
            }
        }

        return word.Length is >= 2 and <= MaxCredentialLength && upper >= 2 && upper > lower;
    }

    /// <summary>The most digits of a credential's level ("RYT 500"); four would be a year.</summary>
    private const int MaxLevelDigits = 3;

    /// <summary>The longest post-nominal word ("FACLM", "DABOM", "E-RYT").</summary>
    private const int MaxCredentialLength = 6;

    private static bool LooksLikeAddress(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (text.Contains('@', StringComparison.Ordinal) && text.Contains('.', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal))
        || (text.Contains('/', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal));

    /// <summary>A lower-case dotted identifier: a login filling the author field ("jane.doe"), a template's unfilled
    /// variable ("page.head.extra.author") or a domain. It names someone, if anyone, less well than a byline does.</summary>
    public static bool IsLogin(string text)
    {
        int dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && dot < text.Length - 1 && !text.AsSpan().ContainsAny(' ', '\u00A0')
            && !text.AsSpan().ContainsAnyInRange('A', 'Z') && char.IsLetter(text[dot + 1]) && char.IsLetter(text[dot - 1]);
    }

    private static readonly Regex SeparatorPattern = new(
        @"\s*(?:,|;|\||\s[&\-–—]\s|\s+(?:" + string.Join('|', BylineVocabulary.NameJoiners.Select(Regex.Escape)) + @")\s+)\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static Regex Separators() => SeparatorPattern;

    /// <summary>The byline cut at its separators, each piece with whether a comma (or ";", "|") came before it.</summary>
    private static List<(string Piece, bool AfterComma)> Pieces(string text)
    {
        var pieces = new List<(string, bool)>();
        int start = 0;
        bool afterComma = false;
        foreach (Match separator in Separators().Matches(text))
        {
            pieces.Add((text[start..separator.Index], afterComma));
            afterComma = separator.Value.AsSpan().IndexOfAny(",;|") >= 0;
            start = separator.Index + separator.Length;
        }

        pieces.Add((text[start..], afterComma));
        return pieces;
    }
}
