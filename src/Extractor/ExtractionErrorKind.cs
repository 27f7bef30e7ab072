namespace Extractor;

/// <summary>
/// Why an extraction failed. Each kind has a stable kebab-case name (see <see cref="ExtractionException.KindName"/>)
/// used in the JSON that tools read.
/// </summary>
public enum ExtractionErrorKind
{
    /// <summary>The input was unusable: not a URL, file or HTML, or an argument out of range (<c>invalid-input</c>).</summary>
    InvalidInput,

    /// <summary>The file or page does not exist: a missing file, or HTTP 404/410 (<c>not-found</c>).</summary>
    NotFound,

    /// <summary>The connection failed: DNS, refused, reset or dropped (<c>network</c>).</summary>
    Network,

    /// <summary>The fetch or the extraction took longer than allowed (<c>timeout</c>).</summary>
    Timeout,

    /// <summary>The server answered with an HTTP status that is not success (<c>http-status</c>).</summary>
    HttpStatus,

    /// <summary>More redirects than allowed, or a redirect loop (<c>too-many-redirects</c>).</summary>
    TooManyRedirects,

    /// <summary>The response or input is larger than the configured limit (<c>too-large</c>).</summary>
    TooLarge,

    /// <summary>The response is not an HTML document (<c>not-html</c>).</summary>
    NotHtml,

    /// <summary>The page was read but holds no article body (<c>no-article</c>).</summary>
    NoArticle,

    /// <summary>The document is too deeply nested or has too many elements to process safely (<c>too-complex</c>).</summary>
    TooComplex,
}
