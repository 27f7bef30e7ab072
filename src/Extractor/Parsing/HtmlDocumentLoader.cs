using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Extractor.Parsing;

/// <summary>
/// Turns HTML text into an AngleSharp DOM in three steps, so that the DOM every later stage (and SmartReader) walks
/// has bounded size, depth and element count, and parsing itself takes bounded time:
/// <see cref="HostileInputGuard"/> before parsing (linear: truncates, flattens, counts), <see cref="ParseWatch"/>
/// during it (cancellation, and a hard stop where the guard's estimate was beaten), <see cref="DomLimiter"/> after
/// it (the exact depth and element limits).
/// </summary>
internal static class HtmlDocumentLoader
{
    private static readonly ExtractorOptions Defaults = new();

    /// <summary>
    /// AngleSharp's default services without the two that act on attributes as the parser sets them: the attribute
    /// observer (which resolves URLs of links, images and base elements and updates class lists) and the link
    /// relations (which start loading every stylesheet link). Nothing here reads what they maintain (attributes
    /// are read as written), and they cost a fifth of the parse. The services are stateless and shared; each
    /// parse gets its own browsing context.
    /// </summary>
    private static readonly Configuration ParsingServices = new(
        Configuration.Default.Services.Where(service => service is not (IAttributeObserver or ILinkRelationFactory)).ToArray());

    /// <summary>Guards, parses and limits <paramref name="html"/> with the default limits (tests and tools).</summary>
    /// <exception cref="ExtractionException">See <see cref="Load(string, ExtractorOptions, CancellationToken)"/>.</exception>
    public static IHtmlDocument Load(string html) => Load(html, Defaults, CancellationToken.None);

    /// <summary>Guards, parses and limits <paramref name="html"/>.</summary>
    /// <exception cref="ExtractionException">The input is binary (<c>not-html</c>), too deeply nested or has too many
    /// elements (<c>too-complex</c>) or makes the parser fail (<c>invalid-input</c>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IHtmlDocument Load(string html, ExtractorOptions options, CancellationToken cancellationToken)
    {
        GuardedHtml guarded = HostileInputGuard.Apply(html, options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        IHtmlDocument document = Parse(guarded.Html, options, cancellationToken);
        try
        {
            DomLimiter.Enforce(document, options.MaxNestingDepth, options.MaxElements, cancellationToken);
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>Parses, turning a failure of the parser itself into a documented error.</summary>
    /// <remarks>AngleSharp 1.10.3 throws on some markup, e.g. <c>&lt;select&gt;&lt;button&gt;&lt;math&gt;&lt;th&gt;&lt;template&gt;</c>.</remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Any failure of the third-party parser must become a documented ExtractionException.")]
    private static IHtmlDocument Parse(string html, ExtractorOptions options, CancellationToken cancellationToken)
    {
        var watch = new ParseWatch(2 * options.MaxNestingDepth, cancellationToken);
        var parser = new HtmlParser(
            new HtmlParserOptions
            {
                IsScripting = false,
                IsKeepingSourceReferences = false,

                // Nothing downstream reads source positions or comments: the tokenizer need not track the one nor build the other.
                DisableElementPositionTracking = true,
                SkipComments = true,
                MaximumDepth = int.MaxValue, // the tree as the standard builds it; the limits are applied by the steps around
                OnCreated = watch.OnCreated,
            },
            BrowsingContext.New(ParsingServices));
        try
        {
            return parser.ParseDocument(html);
        }
        catch (Exception e) when (e is not (ExtractionException or OperationCanceledException or OutOfMemoryException))
        {
            throw new ExtractionException(ExtractionErrorKind.InvalidInput, "The HTML parser failed on this input: " + e.Message, innerException: e);
        }
    }
}
