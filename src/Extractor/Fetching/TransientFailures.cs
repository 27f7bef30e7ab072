using System.Net.Http;
using Polly;
using Polly.Timeout;

namespace Extractor.Fetching;

/// <summary>Which failures are worth another attempt: dropped or refused connections, attempt timeouts and the
/// configured retry statuses. TLS, protocol-negotiation and size-limit errors are permanent; so is every other 4xx.</summary>
internal static class TransientFailures
{
    private static readonly HashSet<HttpRequestError> PermanentErrors =
    [
        HttpRequestError.SecureConnectionError,
        HttpRequestError.VersionNegotiationError,
        HttpRequestError.UserAuthenticationError,
        HttpRequestError.ConfigurationLimitExceeded,
        HttpRequestError.ExtendedConnectNotSupported,
    ];

    public static bool IsTransient(Outcome<AttemptOutcome> outcome, ISet<int> retryStatusCodes) =>
        outcome.Exception is { } exception
            ? IsTransient(exception)
            : outcome.Result is { IsFailure: true } result && retryStatusCodes.Contains(result.StatusCode);

    public static bool IsTransient(Exception exception) => exception switch
    {
        TimeoutRejectedException => true,
        HttpRequestException http => !PermanentErrors.Contains(http.HttpRequestError),
        HttpIOException io => !PermanentErrors.Contains(io.HttpRequestError),
        IOException => true,
        _ => false,
    };
}
