using System.Buffers;

namespace Extractor.Parsing;

/// <summary>
/// The few pieces of the HTML tokenizer the guard needs (WHATWG HTML, "tokenization"): where a tag, comment or
/// declaration ends, where raw text ends, and a tag's name and attributes. Every method is linear and never
/// looks back.
/// </summary>
internal static class HtmlLexer
{
    /// <summary>HTML's whitespace: tab, line feed, form feed, carriage return, space.</summary>
    public static readonly SearchValues<char> Whitespace = SearchValues.Create("\t\n\f\r ");

    private static readonly SearchValues<char> NameEnd = SearchValues.Create("\t\n\f\r />");

    private static readonly SearchValues<char> AttributeNameEnd = SearchValues.Create("\t\n\f\r />=");

    private static readonly SearchValues<char> UnquotedValueEnd = SearchValues.Create("\t\n\f\r >");

    /// <summary>The position after the next <paramref name="c"/> from <paramref name="from"/>, or the end.</summary>
    public static int SkipTo(string text, char c, int from)
    {
        if (from >= text.Length)
        {
            return text.Length;
        }

        int index = text.IndexOf(c, from);
        return index < 0 ? text.Length : index + 1;
    }

    /// <summary>Skips a comment, DOCTYPE, CDATA section (in SVG/MathML) or bogus comment starting with <c>&lt;!</c>.</summary>
    public static int SkipDeclaration(string text, int lt, bool inForeignContent)
    {
        ReadOnlySpan<char> rest = text.AsSpan(lt);
        if (rest.StartsWith("<!--"))
        {
            // "<!-->" and "<!--->" are empty comments; an unclosed comment runs to the end.
            if (rest.StartsWith("<!-->"))
            {
                return lt + 5;
            }

            if (rest.StartsWith("<!--->"))
            {
                return lt + 6;
            }

            int from = lt + 4;
            while (from < text.Length)
            {
                int dashes = text.IndexOf("--", from, StringComparison.Ordinal);
                if (dashes < 0)
                {
                    return text.Length;
                }

                int after = dashes + 2;
                while (after < text.Length && text[after] == '-')
                {
                    after++;
                }

                if (after < text.Length && text[after] == '>')
                {
                    return after + 1;
                }

                if (after + 1 < text.Length && text[after] == '!' && text[after + 1] == '>')
                {
                    return after + 2;
                }

                from = after;
            }

            return text.Length;
        }

        if (inForeignContent && rest.StartsWith("<![CDATA["))
        {
            int end = text.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
            return end < 0 ? text.Length : end + 3;
        }

        return SkipTo(text, '>', lt + 2);
    }

    /// <summary>The length of the tag name starting at <paramref name="nameStart"/>, or -1 when the input ends inside it.</summary>
    public static int NameLength(string text, int nameStart) => text.AsSpan(nameStart).IndexOfAny(NameEnd);

    /// <summary>Reads a tag from its name (just after <c>&lt;</c> or <c>&lt;/</c>) to its closing <c>&gt;</c>.</summary>
    /// <param name="text">The input.</param>
    /// <param name="nameStart">Where the tag name starts.</param>
    /// <param name="nameLength">The name's length (<see cref="NameLength"/>, not negative).</param>
    /// <param name="hashAttributes">Whether to compute <see cref="TagToken.AttributeHash"/> (0 otherwise): hashing
    /// every attribute value of every tag would cost more than the rest of the scan.</param>
    public static TagToken ReadTag(string text, int nameStart, int nameLength, bool hashAttributes)
    {
        int i = nameStart + nameLength;
        bool selfClosing = false;
        int hash = 0;
        var signals = AttributeSignals.None;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '>')
            {
                return new TagToken(nameLength, i + 1, selfClosing, hash, signals);
            }

            if (c == '/' || IsWhitespace(c))
            {
                selfClosing = c == '/' && i + 1 < text.Length && text[i + 1] == '>';
                i++;
                continue;
            }

            selfClosing = false;

            // An attribute: its name (a leading '=' belongs to it), then perhaps '=' and a value.
            int nameEnd = text.AsSpan(i + 1).IndexOfAny(AttributeNameEnd);
            nameEnd = nameEnd < 0 ? text.Length : i + 1 + nameEnd;
            ReadOnlySpan<char> attributeName = text.AsSpan(i, nameEnd - i);
            i = SkipWhitespace(text, nameEnd);
            ReadOnlySpan<char> value = default;
            if (i < text.Length && text[i] == '=')
            {
                i = SkipWhitespace(text, i + 1);
                if (i < text.Length && text[i] is '"' or '\'')
                {
                    int close = text.IndexOf(text[i], i + 1);
                    if (close < 0)
                    {
                        return new TagToken(nameLength, -1, false, 0, AttributeSignals.None);
                    }

                    value = text.AsSpan(i + 1, close - i - 1);
                    i = close + 1;
                }
                else
                {
                    int end = text.AsSpan(i).IndexOfAny(UnquotedValueEnd);
                    end = end < 0 ? text.Length : i + end;
                    value = text.AsSpan(i, end - i);
                    i = end;
                }
            }

            signals |= Signal(attributeName, value);
            if (hashAttributes)
            {
                // Order-independent, so that the same attributes in another order count as the same element.
                hash += HashCode.Combine(
                    string.GetHashCode(attributeName, StringComparison.OrdinalIgnoreCase),
                    string.GetHashCode(value, StringComparison.Ordinal));
            }
        }

        return new TagToken(nameLength, -1, false, 0, AttributeSignals.None);
    }

    private static AttributeSignals Signal(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        if (name.Equals("color", StringComparison.OrdinalIgnoreCase) || name.Equals("face", StringComparison.OrdinalIgnoreCase)
            || name.Equals("size", StringComparison.OrdinalIgnoreCase))
        {
            return AttributeSignals.FontLeavesForeign;
        }

        if (name.Equals("encoding", StringComparison.OrdinalIgnoreCase)
            && (value.Equals("text/html", StringComparison.OrdinalIgnoreCase) || value.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)))
        {
            return AttributeSignals.HtmlEncoding;
        }

        return AttributeSignals.None;
    }

    /// <summary>Where the raw text of an element ends: at <c>&lt;/name</c> followed by whitespace, <c>/</c> or <c>&gt;</c>.</summary>
    public static int FindEndTag(string text, int from, string name)
    {
        int i = from;
        while (i < text.Length)
        {
            int lt = text.IndexOf("</", i, StringComparison.Ordinal);
            if (lt < 0)
            {
                return text.Length;
            }

            if (IsEndTagOf(text, lt, name))
            {
                return lt;
            }

            i = lt + 2;
        }

        return text.Length;
    }

    /// <summary>
    /// Where a script's text ends, following the tokenizer's escaped states: inside <c>&lt;!--</c>, a
    /// <c>&lt;script&gt;</c> starts a "double-escaped" part in which <c>&lt;/script&gt;</c> does not end the script.
    /// </summary>
    public static int FindScriptEnd(string text, int from)
    {
        bool escaped = false;
        bool doubleEscaped = false;
        int i = from;
        while (i < text.Length)
        {
            int special = text.AsSpan(i).IndexOfAny('<', '-');
            if (special < 0)
            {
                return text.Length;
            }

            i += special;
            ReadOnlySpan<char> rest = text.AsSpan(i);
            if (rest.StartsWith("-->"))
            {
                escaped = false;
                doubleEscaped = false;
                i += 3;
            }
            else if (rest.StartsWith("<!--"))
            {
                escaped = !doubleEscaped;
                i += 4;
            }
            else if (IsEndTagOf(text, i, "script"))
            {
                if (!doubleEscaped)
                {
                    return i;
                }

                doubleEscaped = false;
                i += 8;
            }
            else if (escaped && IsStartTagOf(text, i, "script"))
            {
                doubleEscaped = true;
                i += 7;
            }
            else
            {
                i++;
            }
        }

        return text.Length;
    }

    private static bool IsEndTagOf(string text, int lt, string name) =>
        text.AsSpan(lt).StartsWith("</") && IsNameAt(text, lt + 2, name);

    private static bool IsStartTagOf(string text, int lt, string name) =>
        text[lt] == '<' && IsNameAt(text, lt + 1, name);

    private static bool IsNameAt(string text, int start, string name)
    {
        int end = start + name.Length;
        return end < text.Length
            && text.AsSpan(start, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
            && (IsWhitespace(text[end]) || text[end] is '/' or '>');
    }

    private static int SkipWhitespace(string text, int i)
    {
        while (i < text.Length && IsWhitespace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}

/// <summary>A tag read by <see cref="HtmlLexer.ReadTag"/>.</summary>
/// <param name="NameLength">The length of the tag name.</param>
/// <param name="End">The position after its <c>&gt;</c>, or -1 when the input ends inside the tag.</param>
/// <param name="SelfClosing">Whether it ends with <c>/&gt;</c>.</param>
/// <param name="AttributeHash">An order-independent hash of its attributes.</param>
/// <param name="Signals">The attributes that change how the tree builder reads the tag.</param>
internal readonly record struct TagToken(int NameLength, int End, bool SelfClosing, int AttributeHash, AttributeSignals Signals);

/// <summary>Attributes that change how the tree builder reads a tag inside SVG or MathML.</summary>
[Flags]
internal enum AttributeSignals
{
    /// <summary>None of them.</summary>
    None = 0,

    /// <summary>A color, face or size attribute: a <c>font</c> with one leaves foreign content.</summary>
    FontLeavesForeign = 1,

    /// <summary><c>encoding="text/html"</c> (or XHTML): an <c>annotation-xml</c> with it holds HTML.</summary>
    HtmlEncoding = 2,
}
