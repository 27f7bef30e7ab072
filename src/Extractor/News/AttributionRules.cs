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
        bool closed = EndsClause(tokens[quote].Text);
        if (j < tokens.Count && tokens[j].Kind is TokenKind.Comma or TokenKind.Dash)
        {
            closed = true;
            j++;
        }

        // A quotation that closes no clause is a word in the running sentence ("While “cue” suggests a reward …").
        if (!closed || j >= tokens.Count || !tokens[j].IsWord)
        {
            return null;
        }

        int clauseEnd = ClauseEnd(tokens, j);
        if (VerbLexicon.TryMatchWithAuxiliary(tokens, j, out var auxiliary) && SubjectFinder.InvertedSubject(tokens, j + auxiliary.Length, clauseEnd) is { } inverted)
        {
            return new Found(inverted, auxiliary.Text, auxiliary.Index);
        }

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
                if (verb.AllowsInversion && SubjectFinder.InvertedSubject(tokens, v + verb.Length, clauseEnd) is { } after)
                {
                    return new Found(after, verb.Text, verb.Index);
                }

                continue;
            }

            int subjectEnd = SubjectFinder.SkipModifiersBack(tokens, j, v);
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
                int v = SubjectFinder.SkipModifiersForward(tokens, second + 1);
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

            if (SubjectFinder.SubjectOf(tokens, verb, sentenceStart, quote) is { } subject
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

            int subjectEnd = SubjectFinder.SkipModifiersBack(tokens, start, v);
            if (verb.Reach == VerbReach.Anywhere && SpeakerPhrase.IsValid(tokens, start, subjectEnd) && end - tail <= 8
                && !ContainsWord(tokens, tail, end, "that"))
            {
                return new Found(new PhraseRange(start, subjectEnd), verb.Text, verb.Index);
            }
        }

        return null;
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

    /// <summary>Whether a quotation ends with the punctuation that hands over to an attribution ("…," / "…?" / "…—"),
    /// also inside a nested quotation that closes with it ("… 'we will make it,'").</summary>
    public static bool EndsClause(string quoted)
    {
        ReadOnlySpan<char> text = quoted.AsSpan().TrimEnd("'’\"”»›");
        return text.Length > 0 && text[^1] is ',' or '.' or '?' or '!' or '…' or ';' or ':' or '-' or '–' or '—';
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
