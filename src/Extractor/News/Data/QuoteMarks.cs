namespace Extractor.News;

/// <summary>
/// The quotation marks recognised and what closes each: English curly quotes, straight quotes, French guillemets
/// and German low-high quotes. Single quotes are read only nested inside these (they double as apostrophes).
/// </summary>
internal static class QuoteMarks
{
    /// <summary>Opening marks with the marks that may close them.</summary>
    public static readonly (char Open, string Closers)[] Pairs =
    [
        ('“', "”“"),
        ('„', "“”"),
        ('«', "»"),
        ('‟', "”"),
        ('"', "\""),
    ];
}
