namespace Extractor.News;

/// <summary>
/// Splits running text into words and punctuation in one pass. A period after an abbreviation, an initial or a
/// dotted group (<c>Sen.</c>, <c>F.</c>, <c>U.S.</c>) stays in the word and does not end the sentence.
/// </summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, int start, int end, List<Token> into)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, end, into);
                continue;
            }

            if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                into.Add(new Token(TokenKind.Ellipsis, "...", i, i + 3, false));
                i += 3;
                continue;
            }

            TokenKind kind = c switch
            {
                ',' => TokenKind.Comma,
                ':' => TokenKind.Colon,
                ';' => TokenKind.Semicolon,
                '.' => TokenKind.Period,
                '?' => TokenKind.Question,
                '!' => TokenKind.Exclamation,
                '…' => TokenKind.Ellipsis,
                '—' or '–' or '―' or '‒' or '-' => TokenKind.Dash,
                '(' or '[' => TokenKind.OpenBracket,
                ')' or ']' => TokenKind.CloseBracket,
                _ => TokenKind.Other,
            };
            into.Add(new Token(kind, text.Substring(i, 1), i, i + 1, kind is TokenKind.Period or TokenKind.Question or TokenKind.Exclamation));
            i++;
        }
    }

    private static int ReadWord(string text, int start, int end, List<Token> into)
    {
        int i = start + 1;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (c is '\'' or '’' or '-' or '‑' or '.' or '&' or '/' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        string word = text[start..i];
        if (i < end && text[i] == '.' && KeepsPeriod(word))
        {
            into.Add(new Token(TokenKind.Word, word + ".", start, i + 1, false));
            return i + 1;
        }

        into.Add(new Token(TokenKind.Word, word, start, i, false));
        return i;
    }

    /// <summary>Whether a period after <paramref name="word"/> belongs to it (abbreviation, initial, dotted group).</summary>
    public static bool KeepsPeriod(string word) =>
        (word.Length == 1 && char.IsUpper(word[0]))
        || word.Contains('.', StringComparison.Ordinal)
        || Lexicon.Abbreviations.Contains(word);
}
