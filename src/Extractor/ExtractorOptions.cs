using System.Globalization;

namespace Extractor;

/// <summary>
/// Every setting of an <see cref="ArticleExtractor"/>, with documented defaults. Set them before handing the
/// options to the extractor; they are validated once, when it is created (see <see cref="Validate"/>).
/// </summary>
public sealed class ExtractorOptions
{
    private HashSet<int> retryStatusCodes = [408, 429, 500, 502, 503, 504];

    /// <summary>The largest value <see cref="MaxResponseBytes"/> accepts: 512 MiB.</summary>
    public const long MaxResponseBytesLimit = 512L * 1024 * 1024;

    /// <summary>The default User-Agent: the library's name, version and home page.</summary>
    public static readonly string DefaultUserAgent = string.Create(
        CultureInfo.InvariantCulture,
        $"Extractor/{typeof(ExtractorOptions).Assembly.GetName().Version?.ToString(3) ?? "0"} (+https://github.com/extractor-dotnet/extractor)");

    /// <summary>The User-Agent sent with every request. Default: <see cref="DefaultUserAgent"/> (when the application's
    /// own <see cref="HttpClient"/> sets a User-Agent of its own and this is left at the default, the client's is kept).</summary>
    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>The most one fetch may take: every attempt, redirect, retry wait and politeness wait together, up to one
    /// day or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>. When it runs out the fetch fails with
    /// <see cref="ExtractionErrorKind.Timeout"/>; the extraction that follows has its own budget,
    /// <see cref="ExtractionTimeout"/>. Default: 60 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The most one extraction may take once the page is in hand (decoding, guarding, parsing and every stage;
    /// for <see cref="ArticleExtractor.ExtractAsync(Stream, Uri?, CancellationToken)"/> reading the stream too), up to one
    /// day or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>. Checked through cancellation between the stages and
    /// inside their loops; when it runs out the extraction fails with <see cref="ExtractionErrorKind.Timeout"/>. The input
    /// limits (<see cref="MaxInputLength"/>, <see cref="MaxNestingDepth"/>, <see cref="MaxElements"/>) keep ordinary and
    /// hostile pages far below it; it is the backstop. Default: 10 seconds.</summary>
    public TimeSpan ExtractionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most one HTTP attempt may take, body included (more than 10 ms, up to one day, or infinite). An attempt
    /// that runs out is retried like a dropped connection. Default: 20 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Whether the built-in retries and circuit breaker run. Turn off when the application's own
    /// <see cref="HttpClient"/> pipeline already retries, so retries never stack. Default: <see langword="true"/>.</summary>
    public bool EnableRetries { get; set; } = true;

    /// <summary>Retries after the first attempt on transient failures (0 to 10). Default: 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry delay; later ones grow exponentially, with jitter. Default: 1 second.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait a server's <c>Retry-After</c> may impose; longer values are capped. Default: 30 seconds.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The HTTP statuses that are retried; any other status that is not success fails at once.
    /// Default: 408, 429, 500, 502, 503, 504.</summary>
    public ISet<int> RetryStatusCodes => retryStatusCodes;

    /// <summary>Redirects followed before giving up with <see cref="ExtractionErrorKind.TooManyRedirects"/> (0 to 50). Default: 10.</summary>
    public int MaxRedirects { get; set; } = 10;

    /// <summary>The largest response body accepted, counted after decompression (so compression bombs stop at it too);
    /// 1024 to <see cref="MaxResponseBytesLimit"/>. Reading stops at the first byte past it, with
    /// <see cref="ExtractionErrorKind.TooLarge"/>. Default: 16 MiB.</summary>
    public long MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Requests to one host at once (1 to 64), shared by all concurrent calls on one extractor. Default: 2.</summary>
    public int MaxConcurrencyPerHost { get; set; } = 2;

    /// <summary>The least time between the starts of two requests to the same host (up to one day). Default: none.</summary>
    public TimeSpan PerHostDelay { get; set; } = TimeSpan.Zero;

    /// <summary>The largest HTML input accepted, in characters; longer input is truncated before it is parsed, whether it
    /// was fetched, read from a stream or given as a string. Default: 8 Mi characters.</summary>
    public int MaxInputLength { get; set; } = 8 * 1024 * 1024;

    /// <summary>The deepest element nesting kept, counting <c>html</c> and <c>body</c>; start tags that would nest deeper
    /// are left out before parsing (their text is kept), so deep markup is flattened. Real pages stay far below the
    /// default (the deepest of 711 benchmark pages has 56 levels), while parsing and every walk up the tree cost more
    /// with depth. Default: 128.</summary>
    public int MaxNestingDepth { get; set; } = 128;

    /// <summary>The most elements a document may have, counting those the parser creates on its own (implied table
    /// parts, reopened formatting elements); beyond it the extraction fails with
    /// <see cref="ExtractionErrorKind.TooComplex"/>. Real pages have a few thousand (at most 3,232 among 711 benchmark
    /// pages). Default: 100,000.</summary>
    public int MaxElements { get; set; } = 100_000;

    /// <summary>Whether SmartReader is consulted as a second opinion when the extractor's own result is unsure.
    /// Default: <see langword="true"/>.</summary>
    public bool UseSmartReaderFallback { get; set; } = true;

    /// <summary>The clock used for delays and timeouts; tests pass a fake one. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Checks every setting and throws when one is out of range.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(UserAgent))
        {
            throw new ArgumentException("UserAgent must not be empty.", nameof(UserAgent));
        }

        if (UserAgent.Any(char.IsControl))
        {
            throw new ArgumentException("UserAgent must not contain control characters.", nameof(UserAgent));
        }

        RequireTimeout(Timeout, TimeSpan.Zero, nameof(Timeout));
        RequireTimeout(AttemptTimeout, TimeSpan.FromMilliseconds(10), nameof(AttemptTimeout));
        RequireTimeout(ExtractionTimeout, TimeSpan.Zero, nameof(ExtractionTimeout));
        RequireRange(MaxRetries, 0, 10, nameof(MaxRetries));
        RequireDelay(RetryBaseDelay, nameof(RetryBaseDelay));
        RequireDelay(MaxRetryAfter, nameof(MaxRetryAfter));
        foreach (int code in RetryStatusCodes)
        {
            RequireRange(code, 100, 599, nameof(RetryStatusCodes));
        }

        RequireRange(MaxRedirects, 0, 50, nameof(MaxRedirects));
        if (MaxResponseBytes is < 1024 or > MaxResponseBytesLimit)
        {
            throw new ArgumentException($"MaxResponseBytes must be between 1024 and {MaxResponseBytesLimit} (512 MiB).", nameof(MaxResponseBytes));
        }

        RequireRange(MaxConcurrencyPerHost, 1, 64, nameof(MaxConcurrencyPerHost));
        RequireDelay(PerHostDelay, nameof(PerHostDelay));

        RequireRange(MaxInputLength, 1024, int.MaxValue, nameof(MaxInputLength));
        RequireRange(MaxNestingDepth, 16, 10_000, nameof(MaxNestingDepth));
        RequireRange(MaxElements, 100, int.MaxValue, nameof(MaxElements));
        if (TimeProvider is null)
        {
            throw new ArgumentException("TimeProvider must not be null.", nameof(TimeProvider));
        }
    }

    /// <summary>A snapshot, so that later changes to these options do not reach an extractor already built.</summary>
    internal ExtractorOptions Clone()
    {
        var copy = (ExtractorOptions)MemberwiseClone();
        copy.retryStatusCodes = new HashSet<int>(retryStatusCodes);
        return copy;
    }

    private static void RequireTimeout(TimeSpan value, TimeSpan min, string name)
    {
        if (value != System.Threading.Timeout.InfiniteTimeSpan && (value <= min || value > TimeSpan.FromDays(1)))
        {
            throw new ArgumentException($"{name} must be more than {min.TotalMilliseconds} ms and at most one day, or infinite.", name);
        }
    }

    private static void RequireDelay(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero || value > TimeSpan.FromDays(1))
        {
            throw new ArgumentException($"{name} must be between zero and one day.", name);
        }
    }

    private static void RequireRange(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentException($"{name} must be between {min} and {max}; it is {value}.", name);
        }
    }
}
