using System.Text.RegularExpressions;

namespace Extractor.Content;

/// <summary>
/// Meta lines that stand above an article's text: a date that opens the line ("June 11th, 2024, 10:45 AM",
/// "October 11, 2023 by Jane Doe", "03/01/2017 by ...", "on September 26, 2025", "Jan 4"). Only the head of the
/// body is judged by them: further down such a line can be text. Data, as a pattern.
/// </summary>
internal static partial class LeadMeta
{
    /// <summary>Lines longer than this are never meta lines.</summary>
    public const int MaxLength = 90;

    public static bool Matches(string text) => text.Length <= MaxLength && Pattern().IsMatch(text);

    [GeneratedRegex("""
        ^(?:(?:on|posted|published|updated)\s*:?\s+)?
        (?:
            (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?
          | \d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?(?:\s+\d{4})?
          | \d{4}-\d{2}-\d{2}
          | \d{1,2}[/.]\d{1,2}[/.]\d{2,4}
        )
        (?:$|[\s,/|•·–—-]+.*$)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
