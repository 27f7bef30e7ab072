using System.Text.RegularExpressions;

namespace Extractor.Content;

/// <summary>
/// Labels that lead a link line the news stage handles ("More:", "Related:", "Read more:"): such a block is kept
/// with its links however link-heavy it is, so the news stage can take it out as a "More:" link.
/// </summary>
internal static partial class LeadLabels
{
    /// <summary>Whether the text opens with such a label; a text without a colon is not run through the expression.</summary>
    public static bool LeadsLinkLine(string text) => text.Length <= 300 && text.Contains(':') && Pattern().IsMatch(text);

    [GeneratedRegex(@"^(?:more|related|read more|see also|also read|read also|watch|listen)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
