using Extractor.Cleaning;
using Extractor.Content;
using Extractor.Decoding;
using Extractor.Fetching;
using Extractor.Metadata;
using Extractor.News;
using Extractor.Parsing;
using Extractor.Rendering;

namespace Extractor;

/// <summary>
/// Turns news pages into <see cref="Article"/>s: fetches (with retries and limits) or takes HTML you already have,
/// then runs decode → parse → metadata → clean → content → news structure. Thread-safe; create one and reuse it.
/// </summary>
public sealed class ArticleExtractor : IDisposable
{
    private readonly ExtractorOptions options;
    private readonly HttpClient? ownedClient;
    private readonly HttpFetcher fetcher;
    private bool disposed;

    /// <summary>Creates an extractor with the default options and its own <see cref="HttpClient"/>.</summary>
    public ArticleExtractor()
        : this(new ExtractorOptions())
    {
    }

    /// <summary>Creates an extractor with the given options and its own <see cref="HttpClient"/>, which does not
    /// follow redirects itself (the extractor does, counting them) and decompresses gzip, deflate and brotli.</summary>
    /// <param name="options">The settings; copied and validated here.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public ArticleExtractor(ExtractorOptions options)
        : this(options ?? throw new ArgumentNullException(nameof(options)), FetchHttpClient.Create(), ownsClient: true)
    {
    }

    /// <summary>Creates an extractor that fetches with the application's own <see cref="HttpClient"/>, which it does not dispose.</summary>
    /// <remarks>
    /// The extractor follows redirects itself when the client does not (<c>AllowAutoRedirect = false</c>); when the
    /// client follows them, the address it ends at is reported. A body the client leaves compressed is decompressed
    /// by the extractor, counted against <see cref="ExtractorOptions.MaxResponseBytes"/> after decompression. When the
    /// client's own handlers already retry, set <see cref="ExtractorOptions.EnableRetries"/> to <see langword="false"/>
    /// so that retries do not stack. The client's <see cref="HttpClient.Timeout"/> still applies; the extractor's
    /// timeouts are <see cref="ExtractorOptions.AttemptTimeout"/> and <see cref="ExtractorOptions.Timeout"/>.
    /// </remarks>
    /// <param name="httpClient">The client to fetch with.</param>
    /// <param name="options">The settings, or <see langword="null"/> for the defaults; copied and validated here.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public ArticleExtractor(HttpClient httpClient, ExtractorOptions? options = null)
        : this(options ?? new ExtractorOptions(), httpClient ?? throw new ArgumentNullException(nameof(httpClient)), ownsClient: false)
    {
    }

    /// <summary>Creates an extractor that takes a client from <paramref name="clientFactory"/> for each request
    /// (used by <c>AddArticleExtractor</c>, so that handler rotation and the application's handlers apply).</summary>
    internal ArticleExtractor(IHttpClientFactory clientFactory, string clientName, ExtractorOptions options)
        : this(() => clientFactory.CreateClient(clientName), null, options)
    {
    }

    private ArticleExtractor(ExtractorOptions options, HttpClient httpClient, bool ownsClient)
        : this(() => httpClient, ownsClient ? httpClient : null, options)
    {
    }

    private ArticleExtractor(Func<HttpClient> clientSource, HttpClient? ownedClient, ExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            options.Validate();
        }
        catch
        {
            ownedClient?.Dispose();
            throw;
        }

        this.options = options.Clone();
        this.ownedClient = ownedClient;
        fetcher = new HttpFetcher(clientSource, this.options);
    }

    /// <summary>Fetches the page at <paramref name="address"/> and extracts its article.</summary>
    /// <remarks>
    /// Transient failures (dropped connections, timeouts of one attempt, the statuses in
    /// <see cref="ExtractorOptions.RetryStatusCodes"/>) are retried with backoff or after the server's
    /// <c>Retry-After</c>; redirects are followed; the body is limited to <see cref="ExtractorOptions.MaxResponseBytes"/>
    /// and must be HTML (declared or sniffed); its charset is found as browsers do. <see cref="ExtractorOptions.Timeout"/>
    /// bounds the fetch with all its attempts; the extraction that follows is bounded by the input limits and by
    /// <see cref="ExtractorOptions.ExtractionTimeout"/>.
    /// </remarks>
    /// <param name="address">An absolute http or https address.</param>
    /// <param name="cancellationToken">Cancels the fetch and the extraction.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ExtractionException">The page could not be fetched or holds no article; <see cref="ExtractionException.Kind"/>
    /// tells why, with the address, the last HTTP status and the attempts made.</exception>
    /// <exception cref="ArgumentException"><paramref name="address"/> is not an absolute http(s) address.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first, required parameter (Uri or Stream); no call is ambiguous.")]
    public async Task<Article> ExtractAsync(Uri address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The address must be an absolute http or https URL.", nameof(address));
        }

        ObjectDisposedException.ThrowIf(disposed, this);
        FetchedPage page = await fetcher.FetchAsync(address, cancellationToken).ConfigureAwait(false);
        string html = HtmlDecoder.Decode(page.Body.Span, page.Charset);
        return ExtractText(html, page.FinalAddress, cancellationToken);
    }

    /// <summary>
    /// Extracts the article from a stream of HTML bytes you already have (a file, a cached response). At most
    /// <see cref="ExtractorOptions.MaxResponseBytes"/> bytes are read; the charset is detected from the bytes.
    /// </summary>
    /// <param name="html">The page's bytes; read to the end, not disposed.</param>
    /// <param name="address">The address the page came from, used to resolve relative links; optional.</param>
    /// <param name="cancellationToken">Cancels the reading and the extraction.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ExtractionException">The stream is too large, or the page holds no article, is not HTML, is too
    /// complex or took longer than <see cref="ExtractorOptions.ExtractionTimeout"/>; <see cref="ExtractionException.Kind"/> tells why.</exception>
    /// <exception cref="ArgumentException"><paramref name="html"/> cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first, required parameter (Uri or Stream); no call is ambiguous.")]
    public async Task<Article> ExtractAsync(Stream html, Uri? address = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ObjectDisposedException.ThrowIf(disposed, this);
        using var budget = ExtractionBudget.Start(options, cancellationToken);
        try
        {
            byte[] body = await BoundedStreamReader.ReadAsync(html, options.MaxResponseBytes, budget.Token).ConfigureAwait(false);
            return RunStages(HtmlDecoder.Decode(body, null), address, budget.Token);
        }
        catch (OperationCanceledException e) when (budget.RanOut)
        {
            throw budget.TimeoutError(address, e);
        }
    }

    /// <summary>Extracts the article from HTML you already have.</summary>
    /// <param name="html">The page's HTML. Longer than <see cref="ExtractorOptions.MaxInputLength"/>, it is truncated.</param>
    /// <param name="address">The address the page came from, used to resolve relative links; optional.</param>
    /// <param name="cancellationToken">Cancels the extraction.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ExtractionException">The page holds no article, is not HTML, is too complex or took longer
    /// than <see cref="ExtractorOptions.ExtractionTimeout"/>; <see cref="ExtractionException.Kind"/> tells why.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Article Extract(string html, Uri? address = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ObjectDisposedException.ThrowIf(disposed, this);
        return ExtractText(html, address, cancellationToken);
    }

    /// <summary>The path common to every input: the time budget around the stages.</summary>
    private Article ExtractText(string html, Uri? address, CancellationToken cancellationToken)
    {
        using var budget = ExtractionBudget.Start(options, cancellationToken);
        try
        {
            return RunStages(html, address, budget.Token);
        }
        catch (OperationCanceledException e) when (budget.RanOut)
        {
            throw budget.TimeoutError(address, e);
        }
    }

    /// <summary>The stages in order; the hostile-input guard runs inside the loader, before anything is parsed.</summary>
    private Article RunStages(string html, Uri? address, CancellationToken cancellationToken)
    {
        // Not disposed: disposing an AngleSharp document detaches its tree, walking all of it for <base> elements
        // (about 1 % of an extraction), and a parsed string holds nothing but managed memory, which the GC takes back.
        var document = HtmlDocumentLoader.Load(MojibakeRepair.Repair(html), options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        PageMetadata metadata = MetadataReader.Read(document, address);
        Uri? baseAddress = address ?? metadata.CanonicalUrl;
        cancellationToken.ThrowIfCancellationRequested();
        BoilerplateCleaner.Clean(document);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<BodyBlock> body = ContentFinder.Find(document, metadata, baseAddress, options.UseSmartReaderFallback);
        cancellationToken.ThrowIfCancellationRequested();
        NewsStructure news = NewsAnalyzer.Analyze(body, baseAddress);
        cancellationToken.ThrowIfCancellationRequested();
        if (news.Blocks.Count == 0)
        {
            throw new ExtractionException(ExtractionErrorKind.NoArticle, "The page holds no article text.", address);
        }

        return ArticleBuilder.Build(metadata, news, address);
    }

    /// <summary>Releases the <see cref="HttpClient"/> the extractor created, if any.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        ownedClient?.Dispose();
    }
}
