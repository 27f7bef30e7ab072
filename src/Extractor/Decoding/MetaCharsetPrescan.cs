using System.Text;

namespace Extractor.Decoding;

/// <summary>
/// The HTML standard's "prescan a byte stream to determine its encoding": walks the first bytes of a page,
/// skipping comments and other tags, and returns the charset label of the first <c>&lt;meta charset&gt;</c> or
/// <c>&lt;meta http-equiv="content-type" content="...; charset=..."&gt;</c>, or <see langword="null"/>.
/// </summary>
internal static class MetaCharsetPrescan
{
    public static string? Find(ReadOnlySpan<byte> head)
    {
        int position = 0;
        while (position < head.Length)
        {
            ReadOnlySpan<byte> rest = head[position..];
            if (rest.StartsWith("<!--"u8))
            {
                int end = rest[2..].IndexOf("-->"u8);
                if (end < 0)
                {
                    return null;
                }

                position += end + 5;
                continue;
            }

            if (StartsWithIgnoreCase(rest, "<meta"u8) && rest.Length > 5 && IsSpaceOrSlash(rest[5]))
            {
                position += 6;
                string? charset = ReadMeta(head, ref position);
                if (charset is not null)
                {
                    return charset;
                }

                continue;
            }

            if (rest.Length > 2 && rest[0] == '<' && (IsAsciiLetter(rest[1]) || (rest[1] == '/' && IsAsciiLetter(rest[2]))))
            {
                position = SkipTag(head, position);
                continue;
            }

            if (rest.Length > 1 && rest[0] == '<' && rest[1] is (byte)'!' or (byte)'/' or (byte)'?')
            {
                int end = rest.IndexOf((byte)'>');
                if (end < 0)
                {
                    return null;
                }

                position += end + 1;
                continue;
            }

            position++;
        }

        return null;
    }

    private static string? ReadMeta(ReadOnlySpan<byte> head, ref int position)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool gotPragma = false;
        bool? needPragma = null;
        string? charset = null;
        while (MetaAttributeReader.TryRead(head, ref position, out string name, out string value))
        {
            if (!seen.Add(name))
            {
                continue;
            }

            switch (name)
            {
                case "http-equiv":
                    gotPragma |= value == "content-type";
                    break;
                case "content" when charset is null:
                    charset = CharsetFromContent(value);
                    needPragma = charset is null ? needPragma : true;
                    break;
                case "charset":
                    charset = value;
                    needPragma = false;
                    break;
            }
        }

        return needPragma is null || (needPragma == true && !gotPragma) || string.IsNullOrWhiteSpace(charset) ? null : charset;
    }

    /// <summary>The standard's "extract a character encoding from a meta element" on a content attribute.</summary>
    internal static string? CharsetFromContent(string content)
    {
        int index = 0;
        while (true)
        {
            int found = content.IndexOf("charset", index, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return null;
            }

            int i = found + 7;
            while (i < content.Length && IsSpace(content[i]))
            {
                i++;
            }

            if (i >= content.Length || content[i] != '=')
            {
                index = i;
                continue;
            }

            i++;
            while (i < content.Length && IsSpace(content[i]))
            {
                i++;
            }

            if (i >= content.Length)
            {
                return null;
            }

            if (content[i] is '"' or '\'')
            {
                int close = content.IndexOf(content[i], i + 1);
                return close < 0 ? null : content[(i + 1)..close];
            }

            int end = i;
            while (end < content.Length && !IsSpace(content[end]) && content[end] != ';')
            {
                end++;
            }

            return content[i..end];
        }
    }

    private static int SkipTag(ReadOnlySpan<byte> head, int position)
    {
        while (position < head.Length && !IsSpace((char)head[position]) && head[position] != '>')
        {
            position++;
        }

        while (MetaAttributeReader.TryRead(head, ref position, out _, out _))
        {
        }

        return position + 1;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> span, ReadOnlySpan<byte> lowerPrefix) =>
        span.Length >= lowerPrefix.Length && Ascii.EqualsIgnoreCase(span[..lowerPrefix.Length], lowerPrefix);

    private static bool IsAsciiLetter(byte b) => char.IsAsciiLetter((char)b);

    private static bool IsSpaceOrSlash(byte b) => IsSpace((char)b) || b == '/';

    internal static bool IsSpace(char c) => c is '\t' or '\n' or '\f' or '\r' or ' ';
}
