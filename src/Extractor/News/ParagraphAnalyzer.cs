namespace Extractor.News;

/// <summary>
/// Analyses one paragraph: finds its quotations, splits it into sentences, and attributes each quotation by
/// the first rule that applies — right after the quote, the nearest verb before it in its sentence, a closing
/// ", X said" clause — or, for a sentence of pure quotation, the previous sentence's speaker.
/// </summary>
internal static class ParagraphAnalyzer
{
    /// <summary>Analyses <paramref name="text"/>, with <paramref name="tokens"/> as scratch space (cleared first, not kept).</summary>
    public static ParagraphResult Analyze(string text, int paragraph, List<Token> tokens)
    {
        List<QuoteSpan> spans = QuoteScanner.Scan(text);
        tokens.Clear();
        int cursor = 0;
        for (int q = 0; q < spans.Count; q++)
        {
            QuoteSpan span = spans[q];
            Tokenizer.Tokenize(text, cursor, span.Open, tokens);
            string quoted = text[span.ContentStart..span.ContentEnd];
            char last = quoted[^1];
            tokens.Add(new Token(TokenKind.Quote, quoted, span.Open, span.End, last is '.' or '?' or '!', q));
            cursor = span.End;
        }

        Tokenizer.Tokenize(text, cursor, text.Length, tokens);

        var after = new Found?[spans.Count];
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].IsQuote)
            {
                after[tokens[k].Quote] = AttributionRules.AfterQuote(tokens, k);
            }
        }

        int[] sentenceOf = Sentences(tokens, after, out List<(int Start, int End)> sentences);
        var events = new List<(int VerbIndex, Attribution Attribution)>();
        var sentenceLast = new Attribution?[sentences.Count];
        var quotes = new FoundQuote[spans.Count];

        for (int k = 0; k < tokens.Count; k++)
        {
            if (!tokens[k].IsQuote)
            {
                continue;
            }

            var (start, end) = sentences[sentenceOf[k]];
            Found? found = after[tokens[k].Quote];
            if (found is { Verb: "according to" } && AttributionRules.BeforeQuote(tokens, k, start) is { } said)
            {
                // "The official said the talks were “frank,” according to a transcript": the source is the speaker's channel.
                found = said;
            }

            if (found is null && !IsNameOrTitle(tokens, k))
            {
                found = AttributionRules.BeforeQuote(tokens, k, start) ?? AttributionRules.SentenceFinal(tokens, k, end);
            }

            Attribution? attribution = found is { } f ? Event(text, tokens, f, paragraph, events) : null;
            if (attribution is not null)
            {
                sentenceLast[sentenceOf[k]] = attribution;
            }

            var span = spans[tokens[k].Quote];
            quotes[tokens[k].Quote] = new FoundQuote(span, tokens[k].Text, attribution, found?.Verb);
        }

        // Indirect speech ("Smith said the plan …") names speakers too: for pronouns and for a following quotation.
        for (int s = 0; s < sentences.Count; s++)
        {
            var (start, end) = sentences[s];
            for (int k = start; k < end; k++)
            {
                if (tokens[k].IsWord && VerbLexicon.TryMatch(tokens, k, out var verb) && verb.Reach == VerbReach.Anywhere
                    && EventAt(events, k) is null && SubjectFinder.SubjectOf(tokens, verb, start, end) is { } subject)
                {
                    var attribution = Event(text, tokens, new Found(subject, verb.Text, k), paragraph, events);
                    if (sentenceLast[s] is null || sentenceLast[s]!.Position < attribution.Position)
                    {
                        sentenceLast[s] = attribution;
                    }
                }
            }
        }

        // A sentence of pure quotation takes the speaker of the sentence before it ("…," Smith said. "…").
        for (int k = 0; k < tokens.Count; k++)
        {
            if (!tokens[k].IsQuote || quotes[tokens[k].Quote].Attribution is not null)
            {
                continue;
            }

            int s = sentenceOf[k];
            if (s > 0 && IsPureSentence(tokens, sentences[s].Start, sentences[s].End) && sentenceLast[s - 1] is { } previous)
            {
                quotes[tokens[k].Quote] = quotes[tokens[k].Quote] with { Attribution = previous };
                sentenceLast[s] ??= previous;
            }
        }

        bool pure = spans.Count > 0 && IsPureSentence(tokens, 0, tokens.Count);
        Attribution? lastSentence = sentences.Count > 0 ? sentenceLast[^1] : null;
        var kept = new List<FoundQuote>(quotes.Length);
        foreach (FoundQuote? q in quotes)
        {
            if (q is not null)
            {
                kept.Add(q);
            }
        }

        return new ParagraphResult(kept, InTextOrder(events), MentionFinder.Find(tokens, sentenceOf, paragraph), pure, lastSentence);
    }

    /// <summary>The attributions by where their phrase starts, then by their verb's place.</summary>
    private static List<Attribution> InTextOrder(List<(int VerbIndex, Attribution Attribution)> events)
    {
        events.Sort(static (a, b) => a.Attribution.Position != b.Attribution.Position
            ? a.Attribution.Position.CompareTo(b.Attribution.Position)
            : a.VerbIndex.CompareTo(b.VerbIndex));
        var ordered = new List<Attribution>(events.Count);
        foreach (var (_, attribution) in events)
        {
            ordered.Add(attribution);
        }

        return ordered;
    }

    private static Attribution? EventAt(List<(int VerbIndex, Attribution Attribution)> events, int verbIndex)
    {
        foreach (var (index, attribution) in events)
        {
            if (index == verbIndex)
            {
                return attribution;
            }
        }

        return null;
    }

    private static Attribution Event(string text, List<Token> tokens, Found found, int paragraph, List<(int VerbIndex, Attribution Attribution)> events)
    {
        if (EventAt(events, found.VerbIndex) is { } existing)
        {
            return existing;
        }

        PhraseRange r = found.Speaker;
        string phrase = text[tokens[r.From].Start..tokens[r.To - 1].End];
        var attribution = new Attribution(phrase, paragraph, tokens[r.From].Start, SpeakerPhrase.IsNamedPerson(tokens, r), tokens[r.To - 1].Text);
        events.Add((found.VerbIndex, attribution));
        return attribution;
    }

    /// <summary>Sentence boundaries: terminal punctuation, or a quotation ending one, before a capital or a new quote.</summary>
    private static int[] Sentences(List<Token> tokens, Found?[] after, out List<(int Start, int End)> sentences)
    {
        var of = new int[tokens.Count];
        sentences = [];
        int start = 0;
        for (int k = 0; k < tokens.Count; k++)
        {
            of[k] = sentences.Count;
            Token t = tokens[k];
            bool ends = t.IsQuote ? t.EndsSentence && after[t.Quote] is null : t.EndsSentence;
            bool nextOpens = k + 1 >= tokens.Count || !(tokens[k + 1].IsLower || tokens[k + 1].Kind is TokenKind.Comma
                || tokens[k + 1].Kind is TokenKind.Period or TokenKind.Question or TokenKind.Exclamation);
            if (ends && nextOpens)
            {
                sentences.Add((start, k + 1));
                start = k + 1;
            }
        }

        if (start < tokens.Count || sentences.Count == 0)
        {
            sentences.Add((start, tokens.Count));
        }

        return of;
    }

    private static bool IsPureSentence(List<Token> tokens, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (tokens[k].IsWord)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A quotation introduced as a name, term or title ("so-called “smart”", "the film “Dune”", "as “Photo Ops”"),
    /// or a short title-case phrase, takes no speaker from the rest of its sentence.
    /// </summary>
    private static bool IsNameOrTitle(List<Token> tokens, int quote)
    {
        if (quote > 0 && tokens[quote - 1].IsWord && Lexicon.NamingCues.Contains(tokens[quote - 1].Text))
        {
            return true;
        }

        string quoted = tokens[quote].Text;
        if (quoted[^1] is '.' or '?' or '!')
        {
            return false;
        }

        string[] words = quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && words.All(w => char.IsUpper(w[0]) || !char.IsLetter(w[0]))
            && quote > 0 && !(tokens[quote - 1].Kind is TokenKind.Colon);
    }
}
