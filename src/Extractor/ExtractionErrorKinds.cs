namespace Extractor;

/// <summary>Maps <see cref="ExtractionErrorKind"/> values to and from their stable kebab-case names.</summary>
public static class ExtractionErrorKinds
{
    /// <summary>Returns the stable name of a kind, e.g. <c>too-many-redirects</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name used in JSON output.</returns>
    public static string ToName(ExtractionErrorKind kind) => kind switch
    {
        ExtractionErrorKind.InvalidInput => "invalid-input",
        ExtractionErrorKind.NotFound => "not-found",
        ExtractionErrorKind.Network => "network",
        ExtractionErrorKind.Timeout => "timeout",
        ExtractionErrorKind.HttpStatus => "http-status",
        ExtractionErrorKind.TooManyRedirects => "too-many-redirects",
        ExtractionErrorKind.TooLarge => "too-large",
        ExtractionErrorKind.NotHtml => "not-html",
        ExtractionErrorKind.NoArticle => "no-article",
        ExtractionErrorKind.TooComplex => "too-complex",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown error kind."),
    };
}
