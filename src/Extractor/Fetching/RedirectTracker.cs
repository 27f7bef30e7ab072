namespace Extractor.Fetching;

/// <summary>Follows redirects to a limit and detects loops: an address seen before in the same chain (fragments
/// ignored) ends the fetch, as does one redirect more than allowed.</summary>
internal sealed class RedirectTracker
{
    private readonly HashSet<string> visited = new(StringComparer.Ordinal);
    private readonly int maxRedirects;

    public RedirectTracker(Uri start, int maxRedirects)
    {
        this.maxRedirects = maxRedirects;
        visited.Add(Key(start));
    }

    public int Count { get; private set; }

    /// <summary>Whether <paramref name="next"/> was already visited in this chain.</summary>
    public bool IsLoop(Uri next) => visited.Contains(Key(next));

    /// <summary>Records a redirect; false when it is one more than allowed.</summary>
    public bool TryFollow(Uri next)
    {
        Count++;
        visited.Add(Key(next));
        return Count <= maxRedirects;
    }

    /// <summary>Whether a status is a redirect this fetcher follows (300, 304 and 305 are not).</summary>
    public static bool IsFollowed(int statusCode) => statusCode is 301 or 302 or 303 or 307 or 308;

    private static string Key(Uri address) => address.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
}
