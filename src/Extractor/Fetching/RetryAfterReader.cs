namespace Extractor.Fetching;

/// <summary>Reads <c>Retry-After</c> in both its forms, delta-seconds and HTTP-date, as a wait from now.</summary>
internal static class RetryAfterReader
{
    public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        TimeSpan? wait = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
