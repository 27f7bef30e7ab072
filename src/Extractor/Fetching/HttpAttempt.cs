using Polly;
using Polly.Timeout;

namespace Extractor.Fetching;

/// <summary>
/// One HTTP request and, for a success, its body: waits for a turn at the host, then sends GET under the
/// per-attempt timeout and classifies the response as a page, a redirect or a failure status. The body is read
/// with the size limit and content sniffing; nothing of the response outlives the attempt.
/// </summary>
internal sealed class HttpAttempt
{
    private readonly Func<HttpClient> clientSource;
    private readonly ExtractorOptions options;
    private readonly HostGate gate;
    private readonly ResiliencePipeline attemptTimeout;

    public HttpAttempt(Func<HttpClient> clientSource, ExtractorOptions options, HostGate gate, ResiliencePipeline attemptTimeout)
    {
        this.clientSource = clientSource;
        this.options = options;
        this.gate = gate;
        this.attemptTimeout = attemptTimeout;
    }

    public async ValueTask<AttemptOutcome> RunAsync(FetchState state, CancellationToken cancellationToken)
    {
        using HostGate.Lease lease = await gate.EnterAsync(state.Address, cancellationToken).ConfigureAwait(false);
        state.Attempts++;
        return await attemptTimeout.ExecuteAsync(
            static (s, token) => s.Item1.SendAsync(s.state, token), (this, state), cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<AttemptOutcome> SendAsync(FetchState state, CancellationToken cancellationToken)
    {
        HttpClient client = clientSource();
        using var request = new HttpRequestMessage(HttpMethod.Get, state.Address);
        if (options.UserAgent != ExtractorOptions.DefaultUserAgent || client.DefaultRequestHeaders.UserAgent.Count == 0)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        }

        request.Headers.TryAddWithoutValidation("Accept", FetchDefaults.Accept);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutRejectedException("The HTTP client's own timeout elapsed.", e);
        }

        using (response)
        {
            int status = (int)response.StatusCode;
            state.LastStatus = status;
            Uri responseAddress = response.RequestMessage?.RequestUri ?? state.Address;
            state.Address = responseAddress;
            if (RedirectTracker.IsFollowed(status) && response.Headers.Location is { } location)
            {
                return AttemptOutcome.Redirect(status, location.IsAbsoluteUri ? location : new Uri(responseAddress, location));
            }

            if (status is < 200 or > 299)
            {
                return AttemptOutcome.Failure(status, RetryAfterReader.Read(response, options.TimeProvider.GetUtcNow()));
            }

            return AttemptOutcome.Success(status, await ReadPageAsync(response.Content, state, cancellationToken).ConfigureAwait(false));
        }
    }

    private async Task<FetchedPage> ReadPageAsync(HttpContent content, FetchState state, CancellationToken cancellationToken)
    {
        var headers = content.Headers;
        string? mediaType = headers.ContentType?.MediaType;
        long? declaredLength = headers.ContentLength;
        Stream raw = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        Stream? stream = raw;
        if (headers.ContentEncoding.Count > 0)
        {
            stream = ContentEncodingFallback.Decode(raw, headers.ContentEncoding) ?? throw FetchFailures.UnsupportedEncoding(state, headers.ContentEncoding);
            declaredLength = null;
        }

        try
        {
            if (declaredLength > options.MaxResponseBytes)
            {
                throw new ResponseTooLargeException(options.MaxResponseBytes);
            }

            ReadOnlyMemory<byte> body = await BoundedBodyReader.ReadAsync(
                stream,
                declaredLength,
                options.MaxResponseBytes,
                head =>
                {
                    if (!ContentSniffer.IsHtml(mediaType, head.Span))
                    {
                        throw FetchFailures.NotHtml(state, mediaType);
                    }
                },
                cancellationToken).ConfigureAwait(false);
            return new FetchedPage(body, mediaType, headers.ContentType?.CharSet, state.Address, state.Attempts);
        }
        catch (ResponseTooLargeException e)
        {
            throw FetchFailures.TooLarge(state, e);
        }
        catch (InvalidOperationException e)
        {
            // BrotliStream reports corrupt input this way; GZipStream and ZLibStream throw InvalidDataException.
            throw new InvalidDataException(e.Message, e);
        }
        finally
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
