namespace Extractor.Fetching;

/// <summary>Raised inside an attempt when a body passes the limit; turned into an <see cref="ExtractionException"/>
/// of kind <see cref="ExtractionErrorKind.TooLarge"/> by the fetcher, which knows the address and attempts.</summary>
internal sealed class ResponseTooLargeException : Exception
{
    public ResponseTooLargeException(long limit)
        : base($"The response is larger than the limit of {limit:N0} bytes.")
    {
        Limit = limit;
    }

    public ResponseTooLargeException()
    {
    }

    public ResponseTooLargeException(string message)
        : base(message)
    {
    }

    public ResponseTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public long Limit { get; }
}
