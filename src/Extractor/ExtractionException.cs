namespace Extractor;

/// <summary>
/// The one exception the extractor throws for a page it cannot turn into an article. It tells why
/// (<see cref="Kind"/>), for which address, with the last HTTP status and the number of attempts made.
/// </summary>
/// <remarks>
/// Apart from this, the library throws only <see cref="ArgumentException"/> for invalid arguments,
/// <see cref="ObjectDisposedException"/> after disposal and <see cref="OperationCanceledException"/> when the
/// caller's own token is cancelled.
/// </remarks>
public sealed class ExtractionException : Exception
{
    /// <summary>Creates an exception of the given kind.</summary>
    /// <param name="kind">Why the extraction failed.</param>
    /// <param name="message">A one-line, human-readable description.</param>
    /// <param name="address">The address concerned, when there is one.</param>
    /// <param name="statusCode">The last HTTP status received, when there was one.</param>
    /// <param name="attempts">The number of HTTP attempts made (0 when nothing was fetched).</param>
    /// <param name="innerException">The underlying error, when there is one.</param>
    public ExtractionException(
        ExtractionErrorKind kind,
        string message,
        Uri? address = null,
        int? statusCode = null,
        int attempts = 0,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Address = address;
        StatusCode = statusCode;
        Attempts = attempts;
    }

    /// <summary>Creates an exception of kind <see cref="ExtractionErrorKind.InvalidInput"/>.</summary>
    public ExtractionException()
        : this(ExtractionErrorKind.InvalidInput, "The extraction failed.")
    {
    }

    /// <summary>Creates an exception of kind <see cref="ExtractionErrorKind.InvalidInput"/> with a message.</summary>
    /// <param name="message">A one-line, human-readable description.</param>
    public ExtractionException(string message)
        : this(ExtractionErrorKind.InvalidInput, message)
    {
    }

    /// <summary>Creates an exception of kind <see cref="ExtractionErrorKind.InvalidInput"/> with a message and a cause.</summary>
    /// <param name="message">A one-line, human-readable description.</param>
    /// <param name="innerException">The underlying error.</param>
    public ExtractionException(string message, Exception innerException)
        : this(ExtractionErrorKind.InvalidInput, message, innerException: innerException)
    {
    }

    /// <summary>Why the extraction failed.</summary>
    public ExtractionErrorKind Kind { get; }

    /// <summary>The kind's stable name as used in JSON, e.g. <c>http-status</c> or <c>too-large</c>.</summary>
    public string KindName => ExtractionErrorKinds.ToName(Kind);

    /// <summary>The address that failed (the last one tried when redirects were followed), or <see langword="null"/>.</summary>
    public Uri? Address { get; }

    /// <summary>The last HTTP status code received, or <see langword="null"/> when no response was received.</summary>
    public int? StatusCode { get; }

    /// <summary>The number of HTTP attempts made, retries included; 0 when nothing was fetched.</summary>
    public int Attempts { get; }
}
