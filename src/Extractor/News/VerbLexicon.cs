using System.Collections.Frozen;
using System.Text;

namespace Extractor.News;

/// <summary>Where a reporting verb may stand relative to the quotation it attributes.</summary>
internal enum VerbReach
{
    /// <summary>Anywhere in the quote's sentence.</summary>
    Anywhere,

    /// <summary>Only right next to the quotation.</summary>
    NextToQuote,
}

/// <summary>A reporting verb found in a token list.</summary>
internal readonly record struct VerbMatch(int Index, int Length, string Text, VerbReach Reach, bool IsParticiple, bool AllowsInversion, bool TakesObjectSubject, bool IsBaseForm = false);

/// <summary>Reads <see cref="ReportingVerbs"/> into look-ups and matches verb forms (one or more words) in tokens.</summary>
internal static class VerbLexicon
{
    private static readonly FrozenDictionary<string, (VerbReach Reach, string Lemma, bool Source)> Single;
    private static readonly FrozenDictionary<string, (VerbReach Reach, string Lemma, bool Source)>.AlternateLookup<ReadOnlySpan<char>> SingleBySpan;
    private const int MaxStackWord = 64;
    private static readonly (string[] Words, VerbReach Reach, bool Source)[] Phrases;

    // The phrases again, grouped by first word (any case) in the same longest-first order: a word looks only at
    // the phrases it can start instead of trying them all.
    private static readonly FrozenDictionary<string, (string[] Words, VerbReach Reach, bool Source)[]> PhrasesByFirstWord;

    // Every word that can start a match, in any case and in ASCII letters: most words are not verbs, and one cheap
    // look-up tells. A word with other letters skips this test.
    private static readonly FrozenSet<string> AsciiStarts;
    private static readonly FrozenSet<string> Auxiliaries = ReportingVerbs.Auxiliaries.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> AlsoNouns = ReportingVerbs.AlsoNouns.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> PluralPronouns = new[] { "I", "we", "We", "you", "You", "they", "They" }.ToFrozenSet(StringComparer.Ordinal);

    static VerbLexicon()
    {
        var single = new Dictionary<string, (VerbReach, string, bool)>(StringComparer.Ordinal);
        var phrases = new List<(string[], VerbReach, bool)>();
        Add(ReportingVerbs.Sources, VerbReach.Anywhere, single, phrases, source: true);
        Add(ReportingVerbs.Anywhere, VerbReach.Anywhere, single, phrases, source: false);
        Add(ReportingVerbs.NextToQuoteOnly, VerbReach.NextToQuote, single, phrases, source: false);
        foreach (string line in ReportingVerbs.OtherLanguages)
        {
            foreach (string form in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Add([form], VerbReach.NextToQuote, single, phrases, source: false);
            }
        }

        Single = single.ToFrozenDictionary(StringComparer.Ordinal);
        SingleBySpan = Single.GetAlternateLookup<ReadOnlySpan<char>>();
        Phrases = [.. phrases.OrderByDescending(p => p.Item1.Length)];
        PhrasesByFirstWord = Phrases
            .GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        AsciiStarts = AsciiWords.Forms(Single.Keys.Concat(PhrasesByFirstWord.Keys)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Matches a reporting verb starting at <paramref name="index"/>; verbs are lower case as written (or "According").</summary>
    public static bool TryMatch(IReadOnlyList<Token> tokens, int index, out VerbMatch match) => TryMatch(tokens, index, afterAuxiliary: false, out match);

    private static bool TryMatch(IReadOnlyList<Token> tokens, int index, bool afterAuxiliary, out VerbMatch match)
    {
        match = default;
        Token first = tokens[index];
        if (!first.IsWord || (Ascii.IsValid(first.Text) && !AsciiStarts.Contains(first.Text)))
        {
            return false;
        }

        var candidates = PhrasesByFirstWord.TryGetValue(first.Text, out var starting) ? starting : [];
        foreach (var (words, reach, source) in candidates)
        {
            if (index + words.Length > tokens.Count)
            {
                continue;
            }

            bool all = true;
            for (int k = 0; k < words.Length && all; k++)
            {
                Token t = tokens[index + k];
                all = t.IsWord && (k == 0 ? EqualsFirst(t.Text, words[k]) : t.Text == words[k]);
            }

            if (all)
            {
                string text = string.Join(' ', words).ToLowerInvariant();
                match = new VerbMatch(index, words.Length, text, reach, false, AllowsInversion: true, TakesObjectSubject: source);
                return true;
            }
        }

        if (!afterAuxiliary && index > 0 && tokens[index - 1].IsWord && Lexicon.Determiners.Contains(tokens[index - 1].Text) && tokens[index - 1].Text is not ("that" or "That"))
        {
            // "a warning", "the report", "his post": a noun, not a verb.
            return false;
        }

        bool found = Single.TryGetValue(first.Text, out var entry);
        if (!found && char.IsUpper(first.Text[0]) && TryGetDecapitalized(first.Text, out var lower) && lower.Source)
        {
            // "Selon X, « … »" at the start of a sentence.
            (found, entry) = (true, lower);
        }

        if (found)
        {
            if (AlsoNouns.Contains(first.Text) && !(index > 0 && PluralPronouns.Contains(tokens[index - 1].Text)))
            {
                return false;
            }

            bool participle = first.Text.EndsWith("ing", StringComparison.Ordinal) && first.Text != entry.Lemma;

            // "said Smith", never "emphasizing Smith": what follows an -ing form is its object, not its subject.
            bool inversion = entry.Lemma != "tell" && !participle;
            match = new VerbMatch(index, 1, first.Text.ToLowerInvariant(), entry.Reach, participle, inversion, entry.Source, first.Text == entry.Lemma && !entry.Source);
            return true;
        }

        return false;
    }

    /// <summary>Looks up <paramref name="word"/> with its first letter in lower case, without building that string.</summary>
    private static bool TryGetDecapitalized(string word, out (VerbReach Reach, string Lemma, bool Source) entry)
    {
        if (word.Length > MaxStackWord)
        {
            return Single.TryGetValue(char.ToLowerInvariant(word[0]) + word[1..], out entry);
        }

        Span<char> lowered = stackalloc char[word.Length];
        word.AsSpan().CopyTo(lowered);
        lowered[0] = char.ToLowerInvariant(word[0]);
        return SingleBySpan.TryGetValue(lowered, out entry);
    }

    private static bool EqualsFirst(string token, string word) =>
        token == word || (token.Length == word.Length && char.IsUpper(token[0]) && string.Equals(token, word, StringComparison.OrdinalIgnoreCase));

    /// <summary>"a déclaré", "ha detto": an auxiliary and the reporting participle after it, read as one verb.</summary>
    public static bool TryMatchWithAuxiliary(IReadOnlyList<Token> tokens, int index, out VerbMatch match)
    {
        match = default;
        if (index + 1 >= tokens.Count || !tokens[index].IsWord || !Auxiliaries.Contains(tokens[index].Text)
            || !TryMatch(tokens, index + 1, afterAuxiliary: true, out var verb))
        {
            return false;
        }

        match = verb with { Index = index, Length = verb.Length + 1, Text = tokens[index].Text + " " + verb.Text };
        return true;
    }

    private static void Add(string[] lines, VerbReach reach, Dictionary<string, (VerbReach, string, bool)> single, List<(string[], VerbReach, bool)> phrases, bool source)
    {
        foreach (string line in lines)
        {
            string[] forms = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (string form in forms)
            {
                if (form.Contains('_', StringComparison.Ordinal))
                {
                    phrases.Add((form.Split('_'), reach, source));
                }
                else
                {
                    single.TryAdd(form, (reach, forms[0], source));
                }
            }
        }
    }
}
