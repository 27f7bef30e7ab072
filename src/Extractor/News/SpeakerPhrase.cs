namespace Extractor.News;

/// <summary>A speaker's noun phrase: the token range it covers.</summary>
internal readonly record struct PhraseRange(int From, int To)
{
    public int Count => To - From;
}

/// <summary>
/// Recognises a speaker's noun phrase among tokens: a pronoun; a determiner phrase ("the government official",
/// "a spokeswoman for the company"); or a capitalised name or title ("Acting Assistant Secretary of State for
/// East Asian and Pacific Affairs Sung Kim"). Bounded to <see cref="MaxWords"/> words, so every search is linear.
/// </summary>
internal static class SpeakerPhrase
{
    public const int MaxWords = 16;

    /// <summary>Whether tokens [from, to) form a speaker phrase.</summary>
    public static bool IsValid(IReadOnlyList<Token> tokens, int from, int to)
    {
        int count = to - from;
        if (count < 1 || count > MaxWords)
        {
            return false;
        }

        if (!tokens[from].IsWord || !tokens[to - 1].IsWord)
        {
            return false;
        }

        string first = tokens[from].Text;
        if (Lexicon.Pronouns.Contains(first))
        {
            return count == 1;
        }

        if (Lexicon.TimeWords.Contains(first) || Lexicon.LeadingConjunctions.Contains(first) || IsReportingVerb(tokens, from)
            || (Lexicon.ClauseWords.Contains(first) && !Lexicon.Determiners.Contains(first)))
        {
            return false;
        }

        for (int k = from + 1; k < to - 1; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }
        }

        bool common = Lexicon.Determiners.Contains(first) || (Lexicon.TitleModifiers.Contains(first) && tokens[from].IsLower);
        if (common && count < 2)
        {
            return false;
        }

        bool titled = tokens[from].IsLower && (Lexicon.TitleNouns.Contains(first) || QualifiesTitle(tokens, from, to));
        bool group = Lexicon.GroupSpeakers.Contains(tokens[to - 1].Text) && tokens[to - 1].IsLower && count <= 4;
        if (!common && group)
        {
            // "police", "federal prosecutors", "U.S. officials", "court documents".
            for (int k = from; k < to; k++)
            {
                if (Lexicon.ClauseWords.Contains(tokens[k].Text) || Lexicon.PhraseEnders.Contains(tokens[k].Text) || IsReportingVerb(tokens, k)
                    || Lexicon.TimeWords.Contains(tokens[k].Text) || Lexicon.Pronouns.Contains(tokens[k].Text))
                {
                    return false;
                }
            }

            return true;
        }

        if (!common && !tokens[from].IsCapitalized && !titled)
        {
            return false;
        }

        if (titled && !tokens[to - 1].IsCapitalized)
        {
            return false;
        }

        for (int k = from + (common ? 1 : 0); k < to; k++)
        {
            Token t = tokens[k];
            if (!IsWordAllowed(tokens, k, from, to, common))
            {
                return false;
            }

            if (IsPossessive(t.Text))
            {
                common = true;
            }
        }

        Token last = tokens[to - 1];
        if (!common && !last.IsCapitalized && !IsHyphenatedName(last.Text))
        {
            return false;
        }

        return !Lexicon.NameConnectors.Contains(last.Text) && !Lexicon.Determiners.Contains(last.Text)
            && !Lexicon.TimeWords.Contains(last.Text);
    }

    /// <summary>The longest speaker phrase ending at <paramref name="end"/> and starting no earlier than <paramref name="floor"/>.</summary>
    public static PhraseRange? LongestEndingAt(IReadOnlyList<Token> tokens, int floor, int end)
    {
        int start = end;
        while (start > floor && end - start < MaxWords && tokens[start - 1].IsWord)
        {
            start--;
        }

        for (int from = start; from < end; from++)
        {
            if (IsValid(tokens, from, end))
            {
                return new PhraseRange(from, end);
            }
        }

        return null;
    }

    /// <summary>The longest speaker phrase starting at <paramref name="start"/>, read forwards up to a phrase ender.</summary>
    public static PhraseRange? LongestStartingAt(IReadOnlyList<Token> tokens, int start, int limit)
    {
        int end = start;
        while (end < limit && end - start < MaxWords && tokens[end].IsWord && (!EndsPhrase(tokens[end]) || IsIdiom(tokens, end)))
        {
            end++;
        }

        for (int to = end; to > start; to--)
        {
            if (IsValid(tokens, start, to))
            {
                return new PhraseRange(start, to);
            }
        }

        return null;
    }

    /// <summary>Whether the phrase names a person (not a pronoun, a common noun, a place or an organisation).</summary>
    public static bool IsNamedPerson(IReadOnlyList<Token> tokens, PhraseRange range)
    {
        if (!tokens[range.From].IsCapitalized && !Lexicon.TitleModifiers.Contains(tokens[range.From].Text))
        {
            return false;
        }

        int capitals = 0;
        for (int k = range.From; k < range.To; k++)
        {
            Token t = tokens[k];
            if (IsPossessive(t.Text) || (Lexicon.Determiners.Contains(t.Text) && t.IsLower) || t.Text is "and" or "&")
            {
                return false;
            }

            if (t.IsCapitalized)
            {
                capitals++;
            }
        }

        string last = tokens[range.To - 1].Text;
        return tokens[range.To - 1].IsCapitalized && !Lexicon.NonPersonWords.Contains(last) && !Lexicon.Places.Contains(last)
            && !Lexicon.Agencies.Contains(last) && !IsAllCaps(last) && capitals >= 1 && !Lexicon.Pronouns.Contains(last);
    }

    public static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)
        || word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal);

    public static bool IsAllCaps(string word)
    {
        bool letter = false;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    private static bool IsWordAllowed(IReadOnlyList<Token> tokens, int k, int from, int to, bool common)
    {
        Token t = tokens[k];
        string w = t.Text;
        if ((IsReportingVerb(tokens, k) && !(common && IsBaseVerb(tokens, k))) || (Lexicon.Pronouns.Contains(w) && t.IsLower))
        {
            return false;
        }

        if (t.IsCapitalized || char.IsDigit(w[0]) || IsHyphenatedName(w))
        {
            return !(t.IsCapitalized && Lexicon.LeadingConjunctions.Contains(w) && k > from);
        }

        if (Lexicon.Determiners.Contains(w))
        {
            // "the" or "a" inside a phrase only after a preposition: "a spokesman for the company".
            return k > from && tokens[k - 1].IsLower && (tokens[k - 1].Text is "of" or "for" || IsIdiom(tokens, k - 1));
        }

        if (Lexicon.NameConnectors.Contains(w))
        {
            return true;
        }

        if (common && IsIdiom(tokens, k))
        {
            return true;
        }

        if (Lexicon.ClauseWords.Contains(w) || Lexicon.PhraseEnders.Contains(w) || Lexicon.TimeWords.Contains(w))
        {
            return false;
        }

        // A lower-case word belongs to a common-noun phrase, or is a title ("former President", "attorney Mark Jones"),
        // or names the field of one ("computer science professor Aleksander Madry").
        return common || Lexicon.TitleModifiers.Contains(w) || Lexicon.TitleNouns.Contains(w) || QualifiesTitle(tokens, k, to);
    }

    /// <summary>The most lower-case words that may name a title's field ("computer science", "data").</summary>
    private const int MaxTitleQualifiers = 3;

    /// <summary>
    /// Whether the lower-case word at <paramref name="k"/> opens or continues the field of a title that follows within
    /// <see cref="MaxTitleQualifiers"/> lower-case words and is itself followed by a name before <paramref name="to"/>
    /// ("economics professor Jane Smith", "MIT computer science professor Aleksander Madry").
    /// </summary>
    private static bool QualifiesTitle(IReadOnlyList<Token> tokens, int k, int to)
    {
        for (int j = k + 1; j < to - 1 && j <= k + MaxTitleQualifiers; j++)
        {
            Token t = tokens[j];
            if (!t.IsLower || Lexicon.ClauseWords.Contains(t.Text) || Lexicon.PhraseEnders.Contains(t.Text) || Lexicon.Determiners.Contains(t.Text))
            {
                return false;
            }

            if (Lexicon.TitleNouns.Contains(t.Text))
            {
                return tokens[j + 1].IsCapitalized;
            }
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="k"/> completes an idiom with the word before it ("familiar with").</summary>
    private static bool IsIdiom(IReadOnlyList<Token> tokens, int k) =>
        k > 0 && tokens[k - 1].IsWord && tokens[k].IsLower && Lexicon.PhraseIdioms.Contains(tokens[k - 1].Text + " " + tokens[k].Text);

    /// <summary>"al-Assad", "bin-Salman": a lower-case particle joined to a capitalised name.</summary>
    private static bool IsHyphenatedName(string word)
    {
        int dash = word.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && dash + 1 < word.Length && char.IsUpper(word[dash + 1]);
    }

    private static bool EndsPhrase(Token token) =>
        token.IsLower && (Lexicon.PhraseEnders.Contains(token.Text) || Lexicon.ClauseWords.Contains(token.Text))
        && !Lexicon.NameConnectors.Contains(token.Text)
        || Lexicon.TimeWords.Contains(token.Text);

    /// <summary>A verb's base form that doubles as a noun after a determiner ("the report", "a statement", "the post").</summary>
    private static bool IsBaseVerb(IReadOnlyList<Token> tokens, int k) =>
        VerbLexicon.TryMatch(tokens, k, out var verb) && verb.IsBaseForm;

    private static bool IsReportingVerb(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].IsLower && VerbLexicon.TryMatch(tokens, k, out _);
}
