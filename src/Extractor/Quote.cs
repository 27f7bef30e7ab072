namespace Extractor;

/// <summary>A direct quotation in the body, with who said it when that is known.</summary>
public sealed class Quote
{
    /// <summary>Creates a quote.</summary>
    /// <param name="text">The words inside the quotation marks.</param>
    /// <param name="speaker">The speaker, or <see langword="null"/> when none is attributed.</param>
    /// <param name="verb">The attribution verb in lower case, or <see langword="null"/>.</param>
    /// <param name="paragraph">The index into <see cref="Article.Paragraphs"/> of the paragraph holding the quote.</param>
    /// <param name="speakerAsWritten">The speaker as written where it differs from <paramref name="speaker"/> (a pronoun resolved to a name).</param>
    public Quote(string text, string? speaker, string? verb, int paragraph, string? speakerAsWritten = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(paragraph);
        Text = text;
        Speaker = speaker;
        Verb = verb;
        Paragraph = paragraph;
        SpeakerAsWritten = speakerAsWritten ?? speaker;
    }

    /// <summary>The words inside the quotation marks, as written.</summary>
    public string Text { get; }

    /// <summary>
    /// Who said it: the noun phrase as written (e.g. <c>the government official</c>), or, when the attribution is a
    /// pronoun, the last named person it unambiguously refers to; <see langword="null"/> when unattributed.
    /// </summary>
    public string? Speaker { get; }

    /// <summary>The speaker exactly as written in the attribution (e.g. <c>she</c>); <see langword="null"/> when unattributed.</summary>
    public string? SpeakerAsWritten { get; }

    /// <summary>The attribution verb as written, lower case (e.g. <c>told</c>, <c>according to</c>), or <see langword="null"/>.</summary>
    public string? Verb { get; }

    /// <summary>The index into <see cref="Article.Paragraphs"/> of the paragraph that holds the quote.</summary>
    public int Paragraph { get; }
}
