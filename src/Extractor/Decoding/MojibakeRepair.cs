using System.Text;

namespace Extractor.Decoding;

/// <summary>
/// Repairs text that was UTF-8 but got decoded as Windows-1252 or Latin-1 once before it was served
/// ("doesnâ€™t" for "doesn’t", "Ã©" for "é"), also where the page writes those characters as character references
/// ("doesn&amp;acirc;&amp;euro;&amp;trade;t"). Only a lead character followed by exactly the number of continuation
/// characters its UTF-8 byte says, forming a valid sequence, is replaced; everything else is left as it is.
/// </summary>
internal static class MojibakeRepair
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Repair(string text)
    {
        StringBuilder? builder = null;
        int copied = 0;
        Span<byte> bytes = stackalloc byte[4];
        var candidates = new Candidates(text);
        for (int i = candidates.Next(0); i >= 0; i = candidates.Next(i + 1))
        {
            if (!TryReadUnit(text, i, out char lead, out int end))
            {
                continue;
            }

            int length = SequenceLength(lead);
            if (length == 0)
            {
                continue;
            }

            bytes[0] = (byte)lead;
            bool valid = true;
            for (int k = 1; k < length && valid; k++)
            {
                valid = TryReadUnit(text, end, out char unit, out int next) && ByteOf(unit) is >= 0x80 and <= 0xBF;
                bytes[k] = (byte)ByteOf(unit);
                end = next;
            }

            string decoded;
            try
            {
                decoded = valid && IsPlausible(bytes[..length]) ? StrictUtf8.GetString(bytes[..length]) : string.Empty;
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
            copied = end;
            i = end - 1;
        }

        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// Whether a valid sequence is mojibake rather than text that happens to read as one. Left alone:
    /// <list type="bullet">
    /// <item>two-byte sequences with leads "Ü" to "ß" (0xDC to 0xDF): they decode to Syriac, Thaana, NKo or Samaritan,
    /// whose mojibake is next to never seen, while a German "ß" or "Ü" before a closing quote (“Fuß’”, „Straße“) is
    /// everyday text;</item>
    /// <item>longer sequences whose second byte is a no-break space (0xA0): French sets one between a word and a
    /// closing guillemet ("café »": "é", no-break space, "»" reads as a Chinese character), while the characters whose
    /// second byte it is (Braille, rare CJK) are seldom seen as mojibake. Elsewhere it stays: "Â " is the no-break space
    /// itself, "Ã " an "à", "â‰ " a "≠".</item>
    /// </list>
    /// </summary>
    private static bool IsPlausible(ReadOnlySpan<byte> sequence) =>
        sequence.Length == 2 ? sequence[0] < 0xDC : sequence[1] != 0xA0;

    /// <summary>The character at <paramref name="start"/>, or the one a character reference there stands for, and where
    /// the text after it starts.</summary>
    private static bool TryReadUnit(string text, int start, out char value, out int end)
    {
        end = start;
        value = '\0';
        if (start >= text.Length)
        {
            return false;
        }

        if (text[start] == '&')
        {
            bool read = CharacterReference.TryRead(text, start, out value, out int length);
            end = start + length;
            return read;
        }

        value = text[start];
        end = start + 1;
        return true;
    }

    /// <summary>
    /// The places a sequence may start: a character that could be a lead byte read as Latin-1, or an ampersand (a
    /// reference to one). Two vectorised searches, each run again only once the walk has passed what it found, so text
    /// without any costs next to nothing.
    /// </summary>
    private struct Candidates(string text)
    {
        private int lead = -2;
        private int ampersand = -2;

        /// <summary>The first place at or after <paramref name="start"/>, or -1.</summary>
        public int Next(int start)
        {
            if (lead != -1 && lead < start)
            {
                int offset = text.AsSpan(start).IndexOfAnyInRange('\u00C2', '\u00F4');
                lead = offset < 0 ? -1 : start + offset;
            }

            if (ampersand != -1 && ampersand < start)
            {
                int offset = text.AsSpan(start).IndexOf('&');
                ampersand = offset < 0 ? -1 : start + offset;
            }

            return lead < 0 ? ampersand : ampersand < 0 ? lead : Math.Min(lead, ampersand);
        }
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
