namespace Extractor.Tests.Fetching;

/// <summary>Passes requests to the real handler and signals when a response's headers have been received, so a
/// test can act "mid-body" without guessing at timing.</summary>
internal sealed class HeadersObserver(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly TaskCompletionSource<int> headers = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the status of the first response whose headers arrived.</summary>
    public Task<int> HeadersReceived => headers.Task;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        headers.TrySetResult((int)response.StatusCode);
        return response;
    }
}
