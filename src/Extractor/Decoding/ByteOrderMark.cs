using System.Text;

namespace Extractor.Decoding;

/// <summary>Recognises the UTF-8 and UTF-16 byte order marks, which override every declared charset.</summary>
internal static class ByteOrderMark
{
    public static bool TryDetect(ReadOnlySpan<byte> body, out Encoding encoding, out int length)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            (encoding, length) = (Encoding.UTF8, 3);
            return true;
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (encoding, length) = (Encoding.BigEndianUnicode, 2);
            return true;
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (encoding, length) = (Encoding.Unicode, 2);
            return true;
        }

        (encoding, length) = (Encoding.UTF8, 0);
        return false;
    }
}
