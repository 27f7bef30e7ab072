using System.Text;

namespace Extractor.Decoding;

/// <summary>The HTML standard's "get an attribute" step of the encoding prescan: reads one attribute name and
/// value (lower-cased, as the prescan compares them), or stops at the end of the tag.</summary>
internal static class MetaAttributeReader
{
    public static bool TryRead(ReadOnlySpan<byte> head, ref int position, out string name, out string value)
    {
        name = value = string.Empty;
        while (position < head.Length && (IsSpace(head[position]) || head[position] == '/'))
        {
            position++;
        }

        if (position >= head.Length || head[position] == '>')
        {
            return false;
        }

        var nameBuilder = new StringBuilder();
        while (true)
        {
            if (position >= head.Length)
            {
                return false;
            }

            byte b = head[position];
            if (b == '=' && nameBuilder.Length > 0)
            {
                position++;
                break;
            }

            if (IsSpace(b))
            {
                while (position < head.Length && IsSpace(head[position]))
                {
                    position++;
                }

                if (position >= head.Length || head[position] != '=')
                {
                    name = nameBuilder.ToString();
                    return true;
                }

                position++;
                break;
            }

            if (b is (byte)'/' or (byte)'>')
            {
                name = nameBuilder.ToString();
                return true;
            }

            nameBuilder.Append(Lower(b));
            position++;
        }

        name = nameBuilder.ToString();
        while (position < head.Length && IsSpace(head[position]))
        {
            position++;
        }

        if (position >= head.Length)
        {
            return false;
        }

        var valueBuilder = new StringBuilder();
        byte first = head[position];
        if (first is (byte)'"' or (byte)'\'')
        {
            position++;
            while (position < head.Length && head[position] != first)
            {
                valueBuilder.Append(Lower(head[position++]));
            }

            if (position >= head.Length)
            {
                return false;
            }

            position++;
            value = valueBuilder.ToString();
            return true;
        }

        if (first == '>')
        {
            return true;
        }

        while (position < head.Length && !IsSpace(head[position]) && head[position] != '>')
        {
            valueBuilder.Append(Lower(head[position++]));
        }

        value = valueBuilder.ToString();
        return position < head.Length;
    }

    private static char Lower(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? (char)(b + 32) : (char)b;

    private static bool IsSpace(byte b) => MetaCharsetPrescan.IsSpace((char)b);
}
