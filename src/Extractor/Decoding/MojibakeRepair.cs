using System.Text;

namespace Extractor.Decoding;

/// <summary>
/// Repairs text that was UTF-8 but got decoded as Windows-1252 or Latin-1 once before it was served
/// ("doesnâ€™t" for "doesn’t", "Ã©" for "é"). Only a lead character followed by exactly the number of continuation
/// characters its UTF-8 byte says, forming a valid sequence, is replaced; everything else is left as it is.
/// </summary>
internal static class MojibakeRepair
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>
    /// Two-byte sequences from this lead on ("Ü", "Ý", "Þ", "ß") encode U+0700 to U+07FF: Syriac, Thaana, NKo and
    /// Samaritan, whose mojibake is next to never seen, while a German "ß" or an uppercase "Ü" before a closing quote
    /// (“Fuß’”, „Straße“) is everyday text that reads as such a sequence. They are left as they are.
    /// </summary>
    private const char LeastImplausibleLead = '\u00DC';

    public static string Repair(string text)
    {
        StringBuilder? builder = null;
        int copied = 0;
        Span<byte> bytes = stackalloc byte[4];
        for (int i = NextLead(text, 0); i >= 0; i = NextLead(text, i + 1))
        {
            int length = SequenceLength(text[i]);
            if (i + length > text.Length || (length == 2 && text[i] >= LeastImplausibleLead))
            {
                continue;
            }

            bytes[0] = (byte)text[i];
            bool valid = true;
            for (int k = 1; k < length && valid; k++)
            {
                int b = ByteOf(text[i + k]);
                valid = b is >= 0x80 and <= 0xBF;
                bytes[k] = (byte)b;
            }

            string decoded;
            try
            {
                decoded = valid ? StrictUtf8.GetString(bytes[..length]) : string.Empty;
            }
            catch (DecoderFallbackException)
            {
                continue;
            }

            if (decoded.Length == 0)
            {
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(text, copied, i - copied).Append(decoded);
            copied = i + length;
            i += length - 1;
        }

        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The index of the next character at or after <paramref name="start"/> that could be a lead byte read as
    /// Latin-1, or -1: a vectorised search, so text without any costs next to nothing.</summary>
    private static int NextLead(string text, int start)
    {
        int offset = text.AsSpan(start).IndexOfAnyInRange('\u00C2', '\u00F4');
        return offset < 0 ? -1 : start + offset;
    }

    /// <summary>The UTF-8 sequence length a lead byte read as Latin-1 announces; 0 when it is no lead byte.</summary>
    private static int SequenceLength(char c) => c switch
    {
        >= '\u00C2' and <= '\u00DF' => 2,
        >= '\u00E0' and <= '\u00EF' => 3,
        >= '\u00F0' and <= '\u00F4' => 4,
        _ => 0,
    };

    /// <summary>The byte a character stood for when the bytes were read as Windows-1252 (or Latin-1); -1 otherwise.</summary>
    private static int ByteOf(char c) => c switch
    {
        <= '\u00FF' => c,
        '\u20AC' => 0x80, '\u201A' => 0x82, '\u0192' => 0x83, '\u201E' => 0x84, '\u2026' => 0x85, '\u2020' => 0x86,
        '\u2021' => 0x87, '\u02C6' => 0x88, '\u2030' => 0x89, '\u0160' => 0x8A, '\u2039' => 0x8B, '\u0152' => 0x8C,
        '\u017D' => 0x8E, '\u2018' => 0x91, '\u2019' => 0x92, '\u201C' => 0x93, '\u201D' => 0x94, '\u2022' => 0x95,
        '\u2013' => 0x96, '\u2014' => 0x97, '\u02DC' => 0x98, '\u2122' => 0x99, '\u0161' => 0x9A, '\u203A' => 0x9B,
        '\u0153' => 0x9C, '\u017E' => 0x9E, '\u0178' => 0x9F,
        _ => -1,
    };
}
