using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Extractor.Parsing;

/// <summary>
/// Turns HTML text into an AngleSharp DOM, always through <see cref="HostileInputGuard"/> first, so that the DOM
/// every later stage (and SmartReader) walks has bounded size, depth and element count. The parser is configured
/// once and shared (it is thread-safe).
/// </summary>
internal static class HtmlDocumentLoader
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
    });

    /// <summary>Guards and parses <paramref name="html"/>.</summary>
    /// <exception cref="ExtractionException">The input is binary (<c>not-html</c>) or has too many elements (<c>too-complex</c>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IHtmlDocument Load(string html, ExtractorOptions options, CancellationToken cancellationToken)
    {
        GuardedHtml guarded = HostileInputGuard.Apply(html, options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return Parser.ParseDocument(guarded.Html);
    }
}
