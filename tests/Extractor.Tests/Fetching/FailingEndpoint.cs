using Microsoft.AspNetCore.Http;

namespace Extractor.Tests.Fetching;

/// <summary>
/// An endpoint that answers its first <c>failures</c> requests with an error status (and a <c>Retry-After</c> when
/// one is given), then serves the page; it counts the requests it receives.
/// </summary>
internal sealed class FailingEndpoint(int status, int failures = int.MaxValue, Func<string>? retryAfter = null)
{
    private int requests;

    /// <summary>An endpoint that fails once with <paramref name="status"/> and a <c>Retry-After</c>, then serves.</summary>
    public static FailingEndpoint Once(int status, Func<string> retryAfter) => new(status, 1, retryAfter);

    /// <summary>The requests received so far.</summary>
    public int Requests => Volatile.Read(ref requests);

    public Task HandleAsync(HttpContext context)
    {
        if (Interlocked.Increment(ref requests) > failures)
        {
            return FetchKit.WriteHtmlAsync(context);
        }

        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter();
        }

        return Task.CompletedTask;
    }
}
