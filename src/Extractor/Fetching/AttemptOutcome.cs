namespace Extractor.Fetching;

/// <summary>What one HTTP attempt produced: a page, a redirect, or a status that is not success. The response
/// itself is already disposed; this is plain data, so the retry strategy has nothing to dispose.</summary>
internal sealed class AttemptOutcome
{
    private AttemptOutcome(int statusCode)
    {
        StatusCode = statusCode;
    }

    public int StatusCode { get; }

    /// <summary>Set for a success: the body and its Content-Type.</summary>
    public FetchedPage? Page { get; private init; }

    /// <summary>Set for a redirect: the absolute address it points to.</summary>
    public Uri? Location { get; private init; }

    /// <summary>Set for a failure status that carried a usable <c>Retry-After</c>: how long the server asked to wait.</summary>
    public TimeSpan? RetryAfter { get; private init; }

    public bool IsFailure => Page is null && Location is null;

    public static AttemptOutcome Success(int statusCode, FetchedPage page) => new(statusCode) { Page = page };

    public static AttemptOutcome Redirect(int statusCode, Uri location) => new(statusCode) { Location = location };

    public static AttemptOutcome Failure(int statusCode, TimeSpan? retryAfter) => new(statusCode) { RetryAfter = retryAfter };
}
