using System.Text;
using System.Text.Unicode;

namespace Extractor.Decoding;

/// <summary>
/// Turns response bytes into text, choosing the encoding in the order browsers use: a byte order mark, then the
/// Content-Type charset, then a <c>&lt;meta&gt;</c> charset found by prescanning the first 1024 bytes, else UTF-8,
/// falling back to windows-1252 when the bytes are not valid UTF-8.
/// </summary>
internal static class HtmlDecoder
{
    /// <summary>How far the <c>&lt;meta&gt;</c> prescan looks, as in the HTML standard.</summary>
    public const int PrescanLength = 1024;

    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset) =>
        Decode(body, headerCharset, out _);

    /// <summary>Decodes and reports the encoding chosen.</summary>
    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset, out Encoding encoding)
    {
        if (ByteOrderMark.TryDetect(body, out encoding, out int bomLength))
        {
            return encoding.GetString(body[bomLength..]);
        }

        if (EncodingLabels.TryResolve(headerCharset, fromMeta: false, out Encoding? declared))
        {
            encoding = declared;
            return encoding.GetString(body);
        }

        string? metaLabel = MetaCharsetPrescan.Find(body[..Math.Min(body.Length, PrescanLength)]);
        if (EncodingLabels.TryResolve(metaLabel, fromMeta: true, out Encoding? prescanned))
        {
            encoding = prescanned;
            return encoding.GetString(body);
        }

        encoding = Utf8.IsValid(body) ? Encoding.UTF8 : EncodingLabels.Windows1252;
        return encoding.GetString(body);
    }
}
