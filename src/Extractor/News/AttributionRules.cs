namespace Extractor.News;

/// <summary>A speaker phrase and the verb that attributes a quotation to it.</summary>
internal readonly record struct Found(PhraseRange Speaker, string? Verb, int VerbIndex);

/// <summary>
/// The attribution grammar over one paragraph's tokens (quotations stand in as single tokens): who a reporting
/// verb's subject is, and the patterns that tie a quotation to a verb. Every search looks at most
/// <see cref="Window"/> tokens away, so a paragraph costs linear time however hostile.
/// </summary>
internal static class AttributionRules
{
    public const int Window = 60;

    /// <summary>How many words back a verb may stand from a partial quotation it attributes.</summary>
    private const int MaxPartialDistance = 30;

    /// <summary>"…," said the official / "…," the official said / "…," Smith, 45, said — right after the quotation.</summary>
    public static Found? AfterQuote(IReadOnlyList<Token> tokens, int quote)
    {
        int j = quote + 1;
        if (j < tokens.Count && tokens[j].Kind is TokenKind.Comma or TokenKind.Dash)
        {
            j++;
        }

        if (j >= tokens.Count || !tokens[j].IsWord)
        {
            return null;
        }

        int clauseEnd = ClauseEnd(tokens, j);
        for (int v = j; v < clauseEnd; v++)
        {
            if (!VerbLexicon.TryMatch(tokens, v, out var verb))
            {
                continue;
            }

            if (v > j && !EndsAttribution(tokens, quote, verb.Index + verb.Length, verb.Text))
            {
                continue;
            }

            if (v == j)
            {
                if (verb.AllowsInversion && SpeakerPhrase.LongestStartingAt(tokens, v + verb.Length, clauseEnd) is { } after)
                {
                    return new Found(after, verb.Text, verb.Index);
                }

                continue;
            }

            int subjectEnd = SkipModifiersBack(tokens, j, v);
            if (subjectEnd > j && SpeakerPhrase.IsValid(tokens, j, subjectEnd))
            {
                return new Found(new PhraseRange(j, subjectEnd), verb.Text, verb.Index);
            }
        }

        // "…," Smith, a spokesman for the city, said.
        if (clauseEnd < tokens.Count && tokens[clauseEnd].Kind == TokenKind.Comma && SpeakerPhrase.IsValid(tokens, j, clauseEnd)
            && tokens[j].IsCapitalized)
        {
            int second = ClauseEnd(tokens, clauseEnd + 1);
            if (second - clauseEnd <= 13 && second + 1 < tokens.Count && tokens[second].Kind == TokenKind.Comma)
            {
                int v = SkipModifiersForward(tokens, second + 1);
                if (v < tokens.Count && VerbLexicon.TryMatch(tokens, v, out var verb) && !verb.TakesObjectSubject)
                {
                    return new Found(new PhraseRange(j, clauseEnd), verb.Text, verb.Index);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The nearest reporting verb before the quotation in its sentence with a speaker: X said: "…", X said that "…",
    /// X said the plan was "…" (partial quote), according to X, "…". Verbs that attribute only next to a quote
    /// count only within a few words of it.
    /// </summary>
    public static Found? BeforeQuote(IReadOnlyList<Token> tokens, int quote, int sentenceStart)
    {
        int floor = Math.Max(sentenceStart, quote - Window);
        int wordsBetween = 0;
        bool crossed = false;
        for (int v = quote - 1; v >= floor; v--)
        {
            Token t = tokens[v];
            if (t.IsQuote)
            {
                crossed = true;
                continue;
            }

            if (!t.IsWord)
            {
                if (v < quote - 1 && t.Kind is not (TokenKind.Comma or TokenKind.Other))
                {
                    crossed = true;
                }

                continue;
            }

            wordsBetween++;
            if (!VerbLexicon.TryMatch(tokens, v, out var verb) || verb.Index + verb.Length > quote)
            {
                continue;
            }

            // A verb that attributes only next to a quote must introduce it: "She shouted: “…”", "He continued, “…”".
            // Any other verb may stand further back in the sentence, but not across brackets, dashes or semicolons.
            bool introduces = !crossed && wordsBetween <= 5 && tokens[quote - 1].Kind is TokenKind.Colon or TokenKind.Comma;
            if ((verb.Reach == VerbReach.NextToQuote && !introduces) || (!introduces && (crossed || wordsBetween > MaxPartialDistance)))
            {
                continue;
            }

            if (SubjectOf(tokens, verb, sentenceStart, quote) is { } subject
                && (introduces || !string.Equals(tokens[subject.From].Text, "it", StringComparison.OrdinalIgnoreCase)))
            {
                return new Found(subject, verb.Text, verb.Index);
            }
        }

        return null;
    }

    /// <summary>A closing clause ", Smith said." / ", said Smith." / ", according to Smith." after the quotation applies to the whole sentence.</summary>
    public static Found? SentenceFinal(IReadOnlyList<Token> tokens, int quote, int sentenceEnd)
    {
        int end = sentenceEnd;
        while (end > quote + 1 && !tokens[end - 1].IsWord)
        {
            end--;
        }

        // The closing clause follows the last comma, or the one before it when an aside ends the sentence
        // (", said Nenad Medvidovic, a computer science professor.").
        int last = LastComma(tokens, quote, end);
        if (last < 0)
        {
            return null;
        }

        return ClosingClause(tokens, last + 1, end) ?? (LastComma(tokens, quote, last) is int previous and >= 0 ? ClosingClause(tokens, previous + 1, last) : null);
    }

    private static int LastComma(IReadOnlyList<Token> tokens, int quote, int end)
    {
        for (int k = end - 1; k > quote && k >= end - 20; k--)
        {
            if (!tokens[k].IsWord)
            {
                return tokens[k].Kind == TokenKind.Comma ? k : -1;
            }
        }

        return -1;
    }

    private static Found? ClosingClause(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (int v = start; v < end; v++)
        {
            if (!VerbLexicon.TryMatch(tokens, v, out var verb))
            {
                continue;
            }

            int tail = verb.Index + verb.Length;
            if (v == start)
            {
                if ((verb.AllowsInversion || verb.TakesObjectSubject) && SpeakerPhrase.LongestStartingAt(tokens, tail, end) is { } after
                    && end - after.To <= 6)
                {
                    return new Found(after, verb.Text, verb.Index);
                }

                return null;
            }

            int subjectEnd = SkipModifiersBack(tokens, start, v);
            if (verb.Reach == VerbReach.Anywhere && SpeakerPhrase.IsValid(tokens, start, subjectEnd) && end - tail <= 8
                && !ContainsWord(tokens, tail, end, "that"))
            {
                return new Found(new PhraseRange(start, subjectEnd), verb.Text, verb.Index);
            }
        }

        return null;
    }

    /// <summary>The subject of a reporting verb: the phrase before it, an inverted subject after a quotation, the antecedent of "who".</summary>
    public static PhraseRange? SubjectOf(IReadOnlyList<Token> tokens, VerbMatch verb, int sentenceStart, int limit)
    {
        int after = verb.Index + verb.Length;
        if (verb.TakesObjectSubject)
        {
            return SpeakerPhrase.LongestStartingAt(tokens, after, limit);
        }

        int floor = Math.Max(sentenceStart, verb.Index - Window);
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

    /// <summary>
    /// After a quotation that closes a sentence ("We won."), a following "X said" attributes it only when it is a
    /// short clause of its own ("…" Smith said.), not the start of a new sentence ("Officials said the team …").
    /// </summary>
    private static bool EndsAttribution(IReadOnlyList<Token> tokens, int quote, int afterVerb, string verb)
    {
        string quoted = tokens[quote].Text;
        char last = quoted.Length > 0 ? quoted[^1] : ' ';
        if (last is not ('.' or '?' or '!' or '…'))
        {
            return true;
        }

        if (afterVerb >= tokens.Count || !tokens[afterVerb].IsWord)
        {
            return afterVerb >= tokens.Count || tokens[afterVerb].Kind != TokenKind.Colon;
        }

        // After the verb only an adjunct may follow ("on Friday", "in a statement", "with a laugh"), or for "told"
        // a short object ("told reporters"); anything else is a new sentence with its own object.
        Token next = tokens[afterVerb];
        bool adjunct = next.IsLower && Lexicon.PhraseEnders.Contains(next.Text) && next.Text is not ("that" or "who" or "which")
            || Lexicon.TimeWords.Contains(next.Text);
        if (!adjunct && verb is not ("told" or "tells" or "asked" or "asks"))
        {
            return false;
        }

        int words = 0;
        for (int k = afterVerb; k < tokens.Count; k++)
        {
            Token t = tokens[k];
            if (!t.IsWord)
            {
                return t.Kind is TokenKind.Period or TokenKind.Question or TokenKind.Exclamation || (t.Kind == TokenKind.Comma && last != '.');
            }

            if (++words > 8 || (t.IsLower && t.Text == "that"))
            {
                return false;
            }
        }

        return true;
    }

    private static int ClauseEnd(IReadOnlyList<Token> tokens, int start)
    {
        int k = start;
        while (k < tokens.Count && k - start < SpeakerPhrase.MaxWords + 4 && tokens[k].IsWord)
        {
            k++;
        }

        return k;
    }

    private static int SkipModifiersBack(IReadOnlyList<Token> tokens, int floor, int end)
    {
        int skipped = 0;
        while (end - 1 > floor && skipped < 3 && IsModifier(tokens[end - 1]))
        {
            end--;
            skipped++;
        }

        return end;
    }

    private static int SkipModifiersForward(IReadOnlyList<Token> tokens, int start)
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

    private static bool ContainsWord(IReadOnlyList<Token> tokens, int from, int to, string word)
    {
        for (int k = from; k < to; k++)
        {
            if (tokens[k].IsWord && string.Equals(tokens[k].Text, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
