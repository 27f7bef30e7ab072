using System.Globalization;
using System.Net;

namespace Extractor.Fetching;

/// <summary>Builds the <see cref="ExtractionException"/>s a fetch ends with: one line each, naming the address, the
/// last HTTP status and the attempts made.</summary>
internal static class FetchFailures
{
    public static ExtractionException Status(FetchState state, int statusCode)
    {
        var kind = statusCode is 404 or 410 ? ExtractionErrorKind.NotFound : ExtractionErrorKind.HttpStatus;
        string reason = Enum.IsDefined((HttpStatusCode)statusCode) ? $" ({(HttpStatusCode)statusCode})" : string.Empty;
        return Create(kind, $"HTTP {statusCode}{reason} from {state.Address}", state);
    }

    public static ExtractionException TooManyRedirects(FetchState state, Uri next, bool loop) => Create(
        ExtractionErrorKind.TooManyRedirects,
        loop ? $"Redirect loop: {state.Address} redirects back to {next}" : $"More redirects than allowed, last from {state.Address} to {next}",
        state);

    public static ExtractionException BadRedirect(FetchState state, string? location) => Create(
        ExtractionErrorKind.HttpStatus,
        $"HTTP {state.LastStatus} from {state.Address} redirects to an unusable address '{location}'",
        state);

    public static ExtractionException TooLarge(FetchState state, ResponseTooLargeException e) =>
        Create(ExtractionErrorKind.TooLarge, $"The response from {state.Address} is larger than {e.Limit.ToString("N0", CultureInfo.InvariantCulture)} bytes", state, e);

    public static ExtractionException NotHtml(FetchState state, string? mediaType) => Create(
        ExtractionErrorKind.NotHtml,
        $"The response from {state.Address} is not HTML (Content-Type: {mediaType ?? "none"})",
        state);

    public static ExtractionException UnsupportedEncoding(FetchState state, IEnumerable<string> encodings) => Create(
        ExtractionErrorKind.NotHtml,
        $"The response from {state.Address} has an unsupported Content-Encoding: {string.Join(", ", encodings)}",
        state);

    public static ExtractionException Timeout(FetchState state, string what, Exception? inner = null) =>
        Create(ExtractionErrorKind.Timeout, $"Timed out ({what}) fetching {state.Address}", state, inner);

    public static ExtractionException Network(FetchState state, Exception inner) => inner is InvalidDataException
        ? Create(ExtractionErrorKind.Network, $"The compressed response from {state.Address} is corrupt: {OneLine(inner.Message)}", state, inner)
        : Create(ExtractionErrorKind.Network, $"Network error fetching {state.Address}: {OneLine(inner.Message)}", state, inner);

    public static ExtractionException CircuitOpen(FetchState state, Exception inner) => Create(
        ExtractionErrorKind.Network,
        $"Not tried: requests to {state.Address.Authority} keep failing, so they are paused for a while",
        state,
        inner);

    private static ExtractionException Create(ExtractionErrorKind kind, string message, FetchState state, Exception? inner = null)
    {
        string attempts = state.Attempts == 1 ? "1 attempt" : $"{state.Attempts} attempts";
        return new ExtractionException(kind, $"{message} ({attempts}).", state.Address, state.LastStatus, state.Attempts, inner);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
