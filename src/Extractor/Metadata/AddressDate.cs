using System.Text.RegularExpressions;

namespace Extractor.Metadata;

/// <summary>
/// The date written in a page's address ("/2025/12/15/story", "/articles/2025-12-15-story"): the last resort when
/// neither the metadata nor the page's text dates the article.
/// </summary>
internal static partial class AddressDate
{
    public static DateOnly? Find(Uri? address)
    {
        if (address is null || !address.IsAbsoluteUri)
        {
            return null;
        }

        Match match = PathDate().Match(address.AbsolutePath);
        return match.Success ? VisibleDate.ToDate(match) : null;
    }

    /// <summary>A year, month and day as path segments or joined by dashes, each bounded by a slash, a dash or the end.</summary>
    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d\d)(?<sep>[/-])(?<m>[01]\d)\k<sep>(?<d>[0-3]\d)(?=[/\-_+.]|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PathDate();
}
