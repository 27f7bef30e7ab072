using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Extractor.Fetching;

/// <summary>
/// Fetches a page: follows redirects itself (to <see cref="ExtractorOptions.MaxRedirects"/>, loops detected), runs
/// every request through the resilience pipelines and the politeness gate, bounds the whole fetch by
/// <see cref="ExtractorOptions.Timeout"/>, and turns every failure into an <see cref="ExtractionException"/> of the
/// right kind. The caller's own cancellation surfaces as <see cref="OperationCanceledException"/>. Thread-safe.
/// </summary>
internal sealed class HttpFetcher
{
    private readonly ExtractorOptions options;
    private readonly FetchPipelines pipelines;
    private readonly HttpAttempt attempt;

    /// <param name="clientSource">Gives the client for each request (a fixed one, or one from IHttpClientFactory).</param>
    /// <param name="options">Validated options, not changed afterwards.</param>
    public HttpFetcher(Func<HttpClient> clientSource, ExtractorOptions options)
    {
        this.options = options;
        pipelines = new FetchPipelines(options);
        var gate = new HostGate(options.MaxConcurrencyPerHost, options.PerHostDelay, options.TimeProvider);
        attempt = new HttpAttempt(clientSource, options, gate, pipelines.AttemptTimeout);
    }

    public async Task<FetchedPage> FetchAsync(Uri address, CancellationToken cancellationToken)
    {
        TimeProvider clock = options.TimeProvider;
        bool bounded = options.Timeout != Timeout.InfiniteTimeSpan;
        var state = new FetchState(address, bounded ? clock.GetUtcNow() + options.Timeout : DateTimeOffset.MaxValue);
        using var overall = new CancellationTokenSource(options.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, overall.Token);
        try
        {
            return await FollowAsync(state, linked.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is not OperationCanceledException)
        {
            throw new OperationCanceledException("The fetch was cancelled.", e, cancellationToken);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            string what = overall.IsCancellationRequested ? $"the overall limit of {options.Timeout}" : "cancelled by the HTTP pipeline";
            throw FetchFailures.Timeout(state, what, e);
        }
        catch (TimeoutRejectedException e)
        {
            throw FetchFailures.Timeout(state, $"the per-attempt limit of {options.AttemptTimeout}", e);
        }
        catch (BrokenCircuitException e)
        {
            throw FetchFailures.CircuitOpen(state, e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException)
        {
            throw FetchFailures.Network(state, e);
        }
    }

    private async Task<FetchedPage> FollowAsync(FetchState state, CancellationToken cancellationToken)
    {
        var redirects = new RedirectTracker(state.Address, options.MaxRedirects);
        while (true)
        {
            AttemptOutcome outcome = await pipelines.ExecuteAsync(state, attempt.RunAsync, cancellationToken).ConfigureAwait(false);
            if (outcome.Page is { } page)
            {
                return page;
            }

            if (outcome.Location is not { } next)
            {
                throw FetchFailures.Status(state, outcome.StatusCode);
            }

            if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
            {
                throw FetchFailures.BadRedirect(state, next.OriginalString);
            }

            if (redirects.IsLoop(next))
            {
                throw FetchFailures.TooManyRedirects(state, next, loop: true);
            }

            if (!redirects.TryFollow(next))
            {
                throw FetchFailures.TooManyRedirects(state, next, loop: false);
            }

            state.Address = next;
        }
    }
}
