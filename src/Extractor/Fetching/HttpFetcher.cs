using System.Net;

namespace Extractor.Fetching;

/// <summary>Fetches a page over HTTP. (Resilience: see issue 5; this is the plain first version.)</summary>
internal sealed class HttpFetcher
{
    private readonly HttpClient client;
    private readonly ExtractorOptions options;

    public HttpFetcher(HttpClient client, ExtractorOptions options)
    {
        this.client = client;
        this.options = options;
    }

    public async Task<FetchedPage> FetchAsync(Uri address, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var kind = response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone ? ExtractionErrorKind.NotFound : ExtractionErrorKind.HttpStatus;
                throw new ExtractionException(kind, $"HTTP {(int)response.StatusCode} from {address}", address, (int)response.StatusCode, 1);
            }

            byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var contentType = response.Content.Headers.ContentType;
            return new FetchedPage(body, contentType?.MediaType, contentType?.CharSet, response.RequestMessage?.RequestUri ?? address, 1);
        }
        catch (HttpRequestException e)
        {
            throw new ExtractionException(ExtractionErrorKind.Network, $"Network error for {address}: {e.Message}", address, null, 1, e);
        }
    }
}
