namespace Extractor.Fetching;

/// <summary>Fixed fetch settings that are not options, in one place.</summary>
internal static class FetchDefaults
{
    /// <summary>The Accept header sent: HTML first, anything else accepted (and then sniffed).</summary>
    public const string Accept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";

    /// <summary>How many leading bytes are sniffed for HTML or binary content.</summary>
    public const int SniffLength = 1024;

    /// <summary>The size of one read from the response stream.</summary>
    public const int ReadChunk = 16 * 1024;

    /// <summary>The longest computed backoff delay (a server's <c>Retry-After</c> is capped separately).</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>Circuit breaker per host: over <see cref="BreakerSampling"/>, at least <see cref="BreakerMinimumThroughput"/>
    /// attempts of which <see cref="BreakerFailureRatio"/> failed transiently open the circuit for <see cref="BreakerBreak"/>.</summary>
    public static readonly TimeSpan BreakerSampling = TimeSpan.FromSeconds(60);

    public const int BreakerMinimumThroughput = 8;

    public const double BreakerFailureRatio = 0.75;

    public static readonly TimeSpan BreakerBreak = TimeSpan.FromSeconds(30);

    /// <summary>How many hosts an extractor keeps per-host state for (retry pipeline and circuit breaker, politeness slot)
    /// before it drops the idle ones (see <see cref="HostTable{T}"/>).</summary>
    public const int HostCapacity = 4096;

    /// <summary>The longest timeout or delay accepted by the options.</summary>
    public static readonly TimeSpan MaxTimeSpan = TimeSpan.FromDays(1);
}
