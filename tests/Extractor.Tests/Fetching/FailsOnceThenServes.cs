using Microsoft.AspNetCore.Http;

namespace Extractor.Tests.Fetching;

/// <summary>An endpoint that answers its first request with a status and a <c>Retry-After</c>, then serves the page.</summary>
internal sealed class FailsOnceThenServes(int status, Func<string> retryAfter)
{
    private int requests;

    /// <summary>The requests received so far.</summary>
    public int Requests => Volatile.Read(ref requests);

    public Task HandleAsync(HttpContext context)
    {
        if (Interlocked.Increment(ref requests) == 1)
        {
            context.Response.StatusCode = status;
            context.Response.Headers.RetryAfter = retryAfter();
            return Task.CompletedTask;
        }

        return FetchKit.WriteHtmlAsync(context);
    }
}
