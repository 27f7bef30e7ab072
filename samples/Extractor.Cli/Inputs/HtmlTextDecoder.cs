using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Cli.Inputs;

/// <summary>Turns the bytes of a local page into text: refuses binary data, honours a byte order mark or a
/// <c>&lt;meta charset&gt;</c> declaration, and reads UTF-8 otherwise.</summary>
internal static partial class HtmlTextDecoder
{
    private const int SniffLength = 8192;

    static HtmlTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> data = bytes;
        Encoding? fromBom = FromByteOrderMark(data, out int bomLength);
        if (fromBom is null && LooksBinary(data[..Math.Min(data.Length, SniffLength)]))
        {
            throw new ExtractionException(ExtractionErrorKind.NotHtml, "The input is binary data, not an HTML page.");
        }

        Encoding encoding = fromBom ?? FromMetaCharset(data) ?? Encoding.UTF8;
        string text = encoding.GetString(data[bomLength..]);
        if (!text.Contains('<', StringComparison.Ordinal))
        {
            throw new ExtractionException(ExtractionErrorKind.NotHtml, "The input holds no HTML markup.");
        }

        return text;
    }

    private static Encoding? FromByteOrderMark(ReadOnlySpan<byte> data, out int length)
    {
        (Encoding? encoding, length) = data switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    /// <summary>NUL bytes, or many control characters, mean the data is not text.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        int controls = 0;
        foreach (byte b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }

        return controls > head.Length / 10;
    }

    private static Encoding? FromMetaCharset(ReadOnlySpan<byte> data)
    {
        string head = Encoding.ASCII.GetString(data[..Math.Min(data.Length, SniffLength)]);
        Match match = MetaCharset().Match(head);
        if (!match.Success)
        {
            return null;
        }

        try
        {
            Encoding encoding = Encoding.GetEncoding(match.Groups[1].Value);
            // A page that is read as text cannot really be UTF-16; such declarations are mistakes.
            return encoding is UnicodeEncoding or UTF32Encoding ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
