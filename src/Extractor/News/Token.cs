namespace Extractor.News;

/// <summary>What a token of running text is.</summary>
internal enum TokenKind
{
    Word,
    Comma,
    Colon,
    Semicolon,
    Period,
    Question,
    Exclamation,
    Ellipsis,
    Dash,
    OpenBracket,
    CloseBracket,
    Other,

    /// <summary>A whole quotation, standing in the sentence like a word; its text is the quoted words.</summary>
    Quote,
}

/// <summary>A word or punctuation mark of running text, with its place in the paragraph.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Start, int End, bool EndsSentence, int Quote = -1)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsLower => Kind == TokenKind.Word && Text.Length > 0 && char.IsLower(Text[0]);

    public bool IsQuote => Kind == TokenKind.Quote;
}
