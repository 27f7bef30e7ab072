using System.Text;

namespace Extractor.Fetching;

/// <summary>
/// Decides from the Content-Type and the first bytes whether a response is an HTML document. Declared HTML or
/// XHTML is accepted unless its bytes are binary; a missing or other type is accepted only when the bytes look like
/// HTML. UTF-16 text with a byte order mark is not mistaken for binary.
/// </summary>
internal static class ContentSniffer
{
    public static bool IsHtml(string? mediaType, ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return IsDeclaredHtml(mediaType) || LooksLikeHtml(Utf16ToAscii(head));
        }

        if (LooksBinary(head))
        {
            return false;
        }

        return IsDeclaredHtml(mediaType) || LooksLikeHtml(head);
    }

    public static bool IsDeclaredHtml(string? mediaType) =>
        mediaType is not null && ContentSignatures.HtmlMediaTypes.Contains(mediaType.Trim());

    public static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        foreach (byte[] prefix in ContentSignatures.BinaryPrefixes)
        {
            if (head.StartsWith(prefix))
            {
                return true;
            }
        }

        foreach (byte b in head)
        {
            if (ContentSignatures.IsBinaryByte(b))
            {
                return true;
            }
        }

        return false;
    }

    public static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        ReadOnlySpan<byte> text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        text = text.TrimStart(" \t\r\n\f"u8);
        foreach (byte[] tag in ContentSignatures.LeadingHtmlTags)
        {
            if (text.Length > tag.Length && Ascii.EqualsIgnoreCase(text[..tag.Length], tag) && text[tag.Length] is (byte)' ' or (byte)'>')
            {
                return true;
            }
        }

        if (text.StartsWith("<!--"u8))
        {
            return true;
        }

        foreach (byte[] marker in ContentSignatures.HtmlMarkers)
        {
            if (IndexOfIgnoreCase(text, marker) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerMarker)
    {
        for (int i = 0; i + lowerMarker.Length <= text.Length; i++)
        {
            if (text[i] == '<' && Ascii.EqualsIgnoreCase(text.Slice(i, lowerMarker.Length), lowerMarker))
            {
                return i;
            }
        }

        return -1;
    }

    private static byte[] Utf16ToAscii(ReadOnlySpan<byte> head)
    {
        Encoding encoding = head[0] == 0xFE ? Encoding.BigEndianUnicode : Encoding.Unicode;
        string text = encoding.GetString(head[2..(head.Length & ~1)]);
        return Encoding.ASCII.GetBytes(text);
    }
}
