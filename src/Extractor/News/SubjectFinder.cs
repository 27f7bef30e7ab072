namespace Extractor.News;

/// <summary>
/// Who a reporting verb's subject is: the phrase before it (past auxiliaries and adverbs, past an aside such as
/// ", a spokesman for the city,"), an inverted subject after a quotation ("said the official"), the antecedent of
/// ", who", or for a participle ("…, adding") the subject of the verb before it. Looks at most
/// <see cref="AttributionRules.Window"/> tokens back.
/// </summary>
internal static class SubjectFinder
{
    /// <summary>The subject of a reporting verb: the phrase before it, an inverted subject after a quotation, the antecedent
    /// of "who"; for a participle after a comma ("…, adding: …"), the subject of the finite verb before it. No recursion:
    /// the participle step looks up one earlier verb, which is never a participle itself.</summary>
    public static PhraseRange? SubjectOf(IReadOnlyList<Token> tokens, VerbMatch verb, int sentenceStart, int limit)
    {
        if (TryDirectSubject(tokens, verb, sentenceStart, limit, out PhraseRange? direct))
        {
            return direct;
        }

        int floor = Math.Max(sentenceStart, verb.Index - AttributionRules.Window);
        int prev = verb.Index - 1;
        if (!verb.IsParticiple || prev < floor || tokens[prev].Kind != TokenKind.Comma)
        {
            return null;
        }

        for (int v = prev - 1; v >= floor; v--)
        {
            if (tokens[v].IsLower && VerbLexicon.TryMatch(tokens, v, out var earlier) && !earlier.IsParticiple && !earlier.TakesObjectSubject)
            {
                return TryDirectSubject(tokens, earlier, sentenceStart, verb.Index, out PhraseRange? subject) ? subject : null;
            }
        }

        return null;
    }

    /// <summary>The subject found around the verb itself: before it, past an aside, the antecedent of "who", or inverted.
    /// False when none of these rules applies (then a participle may still take the subject of the verb before it);
    /// true when one decided, with the subject or null.</summary>
    private static bool TryDirectSubject(IReadOnlyList<Token> tokens, VerbMatch verb, int sentenceStart, int limit, out PhraseRange? subject)
    {
        int after = verb.Index + verb.Length;
        if (verb.TakesObjectSubject)
        {
            subject = SpeakerPhrase.LongestStartingAt(tokens, after, limit);
            return true;
        }

        int floor = Math.Max(sentenceStart, verb.Index - AttributionRules.Window);
        int end = SkipModifiersBack(tokens, floor, verb.Index);
        if (end - 1 >= floor && tokens[end - 1].IsLower && tokens[end - 1].Text is "who" or "which")
        {
            int relative = end - 1;
            subject = relative - 1 >= floor && tokens[relative - 1].Kind == TokenKind.Comma ? Antecedent(tokens, floor, relative - 1) : null;
            return true;
        }

        if (SpeakerPhrase.LongestEndingAt(tokens, floor, end) is { } before && before.To == end)
        {
            // "A mother who authorized the surgery that led to his death asked": a preposition's object is no subject.
            subject = before.From - 1 >= floor && tokens[before.From - 1].IsLower && Lexicon.Prepositions.Contains(tokens[before.From - 1].Text) ? null : before;
            return true;
        }

        int prev = verb.Index - 1;
        if (end == verb.Index && prev > floor && tokens[prev].Kind == TokenKind.Comma && SkipAside(tokens, floor, prev) is { } beforeAside)
        {
            subject = beforeAside;
            return true;
        }

        bool afterQuote = prev >= floor && ((tokens[prev].IsQuote && AttributionRules.EndsClause(tokens[prev].Text))
            || (tokens[prev].Kind == TokenKind.Comma && prev - 1 >= floor && tokens[prev - 1].IsQuote));
        subject = afterQuote && verb.AllowsInversion ? SpeakerPhrase.LongestStartingAt(tokens, after, limit) : null;
        return afterQuote && verb.AllowsInversion;
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
