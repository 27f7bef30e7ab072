namespace Extractor.News;

/// <summary>
/// One attribution in the text: a speaker phrase as written and where it stands. Quotations that inherit a
/// speaker share the object, so resolving a pronoun once resolves it for all of them.
/// </summary>
internal sealed class Attribution(string asWritten, int paragraph, int position, bool isNamedPerson, string lastWord)
{
    /// <summary>The speaker phrase exactly as written.</summary>
    public string AsWritten { get; } = asWritten;

    /// <summary>The speaker after pronoun resolution; the phrase as written until resolved.</summary>
    public string Speaker { get; set; } = asWritten;

    public int Paragraph { get; } = paragraph;

    /// <summary>Character offset of the phrase in its paragraph.</summary>
    public int Position { get; } = position;

    /// <summary>Whether the phrase names a person a later pronoun may refer to.</summary>
    public bool IsNamedPerson { get; } = isNamedPerson;

    /// <summary>The phrase's last word (a person's surname when <see cref="IsNamedPerson"/>).</summary>
    public string LastWord { get; } = lastWord;

    public bool IsResolvablePronoun => Lexicon.ResolvablePronouns.Contains(AsWritten);
}

/// <summary>A quotation found in a paragraph, with its attribution (own or inherited) and its verb.</summary>
internal sealed record FoundQuote(QuoteSpan Span, string Text, Attribution? Attribution, string? Verb);

/// <summary>A capitalised name-like run in narration that might be a person, used to judge pronoun ambiguity.</summary>
internal readonly record struct Mention(int Paragraph, int Position, string LastWord, int Words, bool Subject = false);

/// <summary>What one paragraph yields: its quotations, its attributions in order, and what later paragraphs need.</summary>
internal sealed record ParagraphResult(
    IReadOnlyList<FoundQuote> Quotes,
    IReadOnlyList<Attribution> Events,
    IReadOnlyList<Mention> Mentions,
    bool IsPureQuotation,
    Attribution? LastSentenceAttribution);
