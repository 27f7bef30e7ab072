namespace Extractor.Tests.Fetching;

/// <summary>Passes requests to the library's real handler and watches what comes back: signals when a response's
/// headers have arrived (so a test can act "mid-body" without guessing at timing) and counts the body bytes the
/// fetcher actually read (after decompression). Nothing is faked: the bytes are the server's.</summary>
internal sealed class ResponseObserver(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly TaskCompletionSource<int> headers = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long bytesRead;

    /// <summary>Completes with the status of the first response whose headers arrived.</summary>
    public Task<int> HeadersReceived => headers.Task;

    /// <summary>Body bytes handed to the fetcher so far.</summary>
    public long BytesRead => Interlocked.Read(ref bytesRead);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        headers.TrySetResult((int)response.StatusCode);
        var original = response.Content;
        var counted = new StreamContent(new CountingStream(await original.ReadAsStreamAsync(cancellationToken), this));
        foreach (var header in original.Headers)
        {
            counted.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = counted;
        return response;
    }

    private sealed class CountingStream(Stream inner, ResponseObserver observer) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read = await inner.ReadAsync(buffer, cancellationToken);
            Interlocked.Add(ref observer.bytesRead, read);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = inner.Read(buffer, offset, count);
            Interlocked.Add(ref observer.bytesRead, read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
