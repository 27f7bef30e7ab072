using System.Text;

namespace Extractor.Decoding;

/// <summary>Turns response bytes into text. (Charset detection in browser order: see issue 5.)</summary>
internal static class HtmlDecoder
{
    public static string Decode(byte[] body, string? charset)
    {
        Encoding encoding = Encoding.UTF8;
        if (charset is not null)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"', '\'', ' '));
            }
            catch (ArgumentException)
            {
                encoding = Encoding.UTF8;
            }
        }

        return encoding.GetString(body);
    }
}
