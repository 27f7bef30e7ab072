using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Extractor.Parsing;

/// <summary>
/// Turns HTML text into an AngleSharp DOM so that the DOM every later stage (and SmartReader) walks has bounded
/// size, depth and element count, and parsing itself takes bounded time. Binary input is refused and long input
/// truncated first (<see cref="HostileInputGuard.Bound"/>). Then the input is parsed as it is, behind a soft
/// <see cref="ParseWatch"/>: ordinary pages stay well within the limits and are done after this one parse. A page
/// whose tree grows to near the depth limit, or past the element limit, stops that parse early and takes the guarded
/// path: <see cref="HostileInputGuard"/> before parsing (linear: flattens, counts), a hard <see cref="ParseWatch"/>
/// during it (cancellation, and a stop where the guard's estimate was beaten). <see cref="DomLimiter"/> after
/// either (the exact depth and element limits).
/// </summary>
internal static class HtmlDocumentLoader
{
    private static readonly ExtractorOptions Defaults = new();

    /// <summary>
    /// How many levels short of <see cref="ExtractorOptions.MaxNestingDepth"/> an unguarded parse stops: the guard
    /// keeps three levels for html, body and a leaf, and the soft watch sees an element's depth only when the next
    /// one is created.
    /// </summary>
    private const int UnguardedDepthMargin = 4;

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
        string input = HostileInputGuard.Bound(html, options);
        IHtmlDocument document = ParseUnguarded(input, options, cancellationToken) ?? ParseGuarded(input, options, cancellationToken);
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

    /// <summary>
    /// The input parsed as it is, or null when its tree came near the depth limit (a few levels short of where the
    /// guard starts flattening) or passed the element limit: then the parse stops there, and the guard must go first.
    /// </summary>
    private static IHtmlDocument? ParseUnguarded(string html, ExtractorOptions options, CancellationToken cancellationToken)
    {
        var watch = ParseWatch.Soft(options.MaxNestingDepth - UnguardedDepthMargin, options.MaxElements, cancellationToken);
        try
        {
            return Parse(html, watch);
        }
        catch (OperationCanceledException) when (watch.Outgrown && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static IHtmlDocument ParseGuarded(string html, ExtractorOptions options, CancellationToken cancellationToken)
    {
        GuardedHtml guarded = HostileInputGuard.Apply(html, options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return Parse(guarded.Html, ParseWatch.Hard(2 * options.MaxNestingDepth, cancellationToken));
    }

    /// <summary>Parses, turning a failure of the parser itself into a documented error.</summary>
    /// <remarks>AngleSharp 1.10.3 throws on some markup, e.g. <c>&lt;select&gt;&lt;button&gt;&lt;math&gt;&lt;th&gt;&lt;template&gt;</c>.</remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Any failure of the third-party parser must become a documented ExtractionException.")]
    private static IHtmlDocument Parse(string html, ParseWatch watch)
    {
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
                ShouldEmitAttribute = AttributeFilter.Keep,
            },
            BrowsingContext.New(ParsingServices));
        try
        {
            var document = parser.ParseDocument(html);

            // With an attribute filter AngleSharp keeps the tokenizer's buffers (as long as the input) until the
            // document is disposed, which ours never is; disposing the finished builder gives them back to the pool.
            ((IConstructableDocument)document).Builder?.Dispose();
            return document;
        }
        catch (Exception e) when (e is not (ExtractionException or OperationCanceledException or OutOfMemoryException))
        {
            throw new ExtractionException(ExtractionErrorKind.InvalidInput, "The HTML parser failed on this input: " + e.Message, innerException: e);
        }
    }
}
