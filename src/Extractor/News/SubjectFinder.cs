namespace Extractor.News;

/// <summary>
/// Who a reporting verb's subject is: the phrase before it (past auxiliaries and adverbs, past an aside such as
/// ", a spokesman for the city,"), an inverted subject after a quotation ("said the official"), the antecedent of
/// ", who", or for a participle ("…, adding") the subject of the verb before it. Looks at most
/// <see cref="AttributionRules.Window"/> tokens back.
/// </summary>
internal static class SubjectFinder
{
    /// <summary>The subject of a reporting verb: the phrase before it, an inverted subject after a quotation, the antecedent of "who".</summary>
    public static PhraseRange? SubjectOf(IReadOnlyList<Token> tokens, VerbMatch verb, int sentenceStart, int limit)
    {
        int after = verb.Index + verb.Length;
        if (verb.TakesObjectSubject)
        {
            return SpeakerPhrase.LongestStartingAt(tokens, after, limit);
        }

        int floor = Math.Max(sentenceStart, verb.Index - AttributionRules.Window);
        int end = SkipModifiersBack(tokens, floor, verb.Index);
        if (end - 1 >= floor && tokens[end - 1].IsLower && tokens[end - 1].Text is "who" or "which")
        {
            int relative = end - 1;
            return relative - 1 >= floor && tokens[relative - 1].Kind == TokenKind.Comma ? Antecedent(tokens, floor, relative - 1) : null;
        }

        if (SpeakerPhrase.LongestEndingAt(tokens, floor, end) is { } before && before.To == end)
        {
            return before;
        }

        int prev = verb.Index - 1;
        if (end == verb.Index && prev > floor && tokens[prev].Kind == TokenKind.Comma && SkipAside(tokens, floor, prev) is { } beforeAside)
        {
            return beforeAside;
        }

        bool afterQuote = prev >= floor && (tokens[prev].IsQuote || (tokens[prev].Kind == TokenKind.Comma && prev - 1 >= floor && tokens[prev - 1].IsQuote));
        if (afterQuote && verb.AllowsInversion)
        {
            return SpeakerPhrase.LongestStartingAt(tokens, after, limit);
        }

        if (verb.IsParticiple && prev >= floor && tokens[prev].Kind == TokenKind.Comma)
        {
            // "…, adding: …" — the participle's subject is the subject of the verb before it.
            for (int v = prev - 1; v >= floor; v--)
            {
                if (tokens[v].IsLower && VerbLexicon.TryMatch(tokens, v, out var earlier) && !earlier.IsParticiple && !earlier.TakesObjectSubject)
                {
                    return SubjectOf(tokens, earlier, sentenceStart, verb.Index);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The subject before an aside that ends at <paramref name="comma"/>: "Smith, a spokesman for the city, said",
    /// "The official, who noted the risks, said".
    /// </summary>
    private static PhraseRange? SkipAside(IReadOnlyList<Token> tokens, int floor, int comma)
    {
        int k = comma - 1;
        while (k > floor && comma - k <= 14 && tokens[k].IsWord)
        {
            k--;
        }

        if (k <= floor || tokens[k].Kind != TokenKind.Comma || k + 1 >= comma)
        {
            return null;
        }

        Token first = tokens[k + 1];
        bool aside = (first.IsLower && (first.Text is "who" or "which" || Lexicon.Determiners.Contains(first.Text))) || char.IsDigit(first.Text[0]);
        if (!aside)
        {
            return null;
        }

        return SpeakerPhrase.LongestEndingAt(tokens, floor, k) is { } p && p.To == k ? p : null;
    }

    /// <summary>The antecedent of ", who": the phrase that ends at the comma (after an inverted verb, the phrase after it).</summary>
    private static PhraseRange? Antecedent(IReadOnlyList<Token> tokens, int floor, int comma)
    {
        int start = comma;
        while (start > floor && tokens[start - 1].IsWord)
        {
            start--;
        }

        if (start < comma && VerbLexicon.TryMatch(tokens, start, out var verb) && verb.AllowsInversion)
        {
            return SpeakerPhrase.LongestStartingAt(tokens, start + verb.Length, comma);
        }

        return SpeakerPhrase.LongestEndingAt(tokens, start, comma) is { } p && p.To == comma ? p : null;
    }

    /// <summary>The subject after an inverted verb, past a short indirect object ("a déclaré à l'AFP Christophe Lemaire").</summary>
    internal static PhraseRange? InvertedSubject(IReadOnlyList<Token> tokens, int start, int limit)
    {
        if (SpeakerPhrase.LongestStartingAt(tokens, start, limit) is { } subject)
        {
            return subject;
        }

        if (start < limit && tokens[start].IsLower && Lexicon.IndirectObjectMarkers.Contains(tokens[start].Text))
        {
            for (int skip = 2; skip <= 3 && start + skip < limit; skip++)
            {
                if (tokens[start + skip].IsCapitalized && SpeakerPhrase.LongestStartingAt(tokens, start + skip, limit) is { } later)
                {
                    return later;
                }
            }
        }

        return null;
    }

    internal static int SkipModifiersBack(IReadOnlyList<Token> tokens, int floor, int end)
    {
        int skipped = 0;
        while (end - 1 > floor && skipped < 3 && IsModifier(tokens[end - 1]))
        {
            end--;
            skipped++;
        }

        return end;
    }

    internal static int SkipModifiersForward(IReadOnlyList<Token> tokens, int start)
    {
        int skipped = 0;
        while (start < tokens.Count && skipped < 3 && IsModifier(tokens[start]))
        {
            start++;
            skipped++;
        }

        return start;
    }

    private static bool IsModifier(Token token) =>
        token.IsLower && (Lexicon.VerbModifiers.Contains(token.Text) || (token.Text.Length > 4 && token.Text.EndsWith("ly", StringComparison.Ordinal)));
}
