using Extractor.Content;

namespace Extractor.News;

/// <summary>
/// How much of a block's text its links are, and where they lead: the measures the "More:" link rules share.
/// </summary>
internal static class LinkedText
{
    /// <summary>The least share of a block's visible characters its links must hold to be read as a link.</summary>
    public const double MinLinkShare = 0.9;

    /// <summary>The links whose text stands in <paramref name="within"/> and whose address is absolute http(s).</summary>
    public static List<(BlockLink, Uri)> Usable(IReadOnlyList<BlockLink> links, string within)
    {
        var usable = new List<(BlockLink, Uri)>();
        foreach (BlockLink link in links)
        {
            if (link.Text.Length > 0 && within.Contains(link.Text, StringComparison.Ordinal)
                && Uri.TryCreate(link.Href, UriKind.Absolute, out Uri? url)
                && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                usable.Add((link, url));
            }
        }

        return usable;
    }

    /// <summary>The share of the text's visible characters (no spaces or punctuation) that the links' text holds.</summary>
    public static double LinkShare(List<(BlockLink Link, Uri Url)> links, string text)
    {
        int total = CountVisible(text);
        int linked = 0;
        foreach (var (link, _) in links)
        {
            linked += CountVisible(link.Text);
        }

        return total == 0 ? 0 : Math.Min(1.0, (double)linked / total);
    }

    public static int CountVisible(string text)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The number of space-separated words (what splitting on ' ' without empty entries would count), counted up to
    /// one more than <paramref name="max"/>.
    /// </summary>
    public static int CountWords(string text, int max)
    {
        int words = 0;
        char previous = ' ';
        foreach (char c in text)
        {
            if (c != ' ' && previous == ' ' && ++words > max)
            {
                return words;
            }

            previous = c;
        }

        return words;
    }

    /// <summary>A link to another page of the page's own site; a link into the page itself ("#venue-3", a table of
    /// contents) leads to no other story.</summary>
    public static bool IsOtherPageOfSite(Uri url, Uri address) => SameSite(url, address) && !IsSamePage(url, address);

    /// <summary>Whether a link of the page's own site leads into the page itself (same path).</summary>
    public static bool IsSamePage(Uri url, Uri address) =>
        string.Equals(url.AbsolutePath, address.AbsolutePath, StringComparison.Ordinal);

    public static bool SameSite(Uri url, Uri address) =>
        string.Equals(Host(url), Host(address), StringComparison.OrdinalIgnoreCase);

    public static string Host(Uri uri) =>
        uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
}
