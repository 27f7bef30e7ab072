using System.Net;

namespace Extractor.Fetching;

/// <summary>The HTTP client the library creates when the application gives none: redirects are not followed by the
/// handler (the fetcher follows them, to count and check them), gzip, deflate and brotli are decompressed, connections
/// are recycled so DNS changes are seen, and no client-wide timeout interferes with the fetcher's own.</summary>
internal static class FetchHttpClient
{
    public static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(30),
    };

    public static HttpClient Create() => new(CreateHandler(), disposeHandler: true)
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };
}
