using System.Globalization;

namespace Extractor.Cli.CommandLine;

/// <summary>Reads byte counts such as <c>2000000</c>, <c>512K</c>, <c>16M</c> or <c>1G</c> (binary multiples).</summary>
internal static class SizeParser
{
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        string s = text.Trim();
        long multiplier = 1;
        if (s.EndsWith("iB", StringComparison.OrdinalIgnoreCase))
        {
            s = s[..^2];
        }
        else if (s.EndsWith('B') || s.EndsWith('b'))
        {
            s = s[..^1];
        }

        if (s.Length > 0 && char.ToUpperInvariant(s[^1]) is 'K' or 'M' or 'G')
        {
            multiplier = char.ToUpperInvariant(s[^1]) switch { 'K' => 1L << 10, 'M' => 1L << 20, _ => 1L << 30 };
            s = s[..^1];
        }

        if (!long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value > long.MaxValue / multiplier)
        {
            return false;
        }

        bytes = value * multiplier;
        return true;
    }
}
