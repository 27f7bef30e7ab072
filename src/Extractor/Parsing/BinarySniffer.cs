namespace Extractor.Parsing;

/// <summary>
/// Tells binary data from text, after the manner of the MIME sniffing standard's "binary data byte": control
/// characters other than tab, line feed, form feed, carriage return and escape do not occur in HTML. A few stray
/// ones (a NUL here and there) are tolerated; a start that is mostly made of them is not text.
/// </summary>
internal static class BinarySniffer
{
    private const int SampleLength = 1024;

    public static bool LooksBinary(string text)
    {
        ReadOnlySpan<char> sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        int control = 0;
        int replacement = 0;
        foreach (char c in sample)
        {
            if ((c < 0x20 && c is not ('\t' or '\n' or '\f' or '\r' or '\u001B')) || c is >= '\u0080' and <= '\u009F')
            {
                control++;
            }
            else if (c == '\uFFFD')
            {
                replacement++;
            }
        }

        // Random bytes hold about one control character in eight whichever single-byte or UTF-8 decoding they get
        // (and, as UTF-8, many replacement characters); a page holds none, or a stray few.
        return sample.Length >= 16 && (control * 16 > sample.Length || (control + replacement) * 4 > sample.Length);
    }
}
