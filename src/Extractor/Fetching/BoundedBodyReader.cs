namespace Extractor.Fetching;

/// <summary>
/// Reads a response body into memory without ever holding more than the limit: the count is of decompressed
/// bytes (the stream given is already decoded), reading stops at the first byte past the limit, and the buffer grows
/// by doubling but never beyond the limit. The first bytes are sniffed as soon as they arrive, so a binary or
/// non-HTML body is refused without reading the rest.
/// </summary>
internal static class BoundedBodyReader
{
    private const int InitialCapacity = 64 * 1024;

    public static async Task<ReadOnlyMemory<byte>> ReadAsync(
        Stream stream, long? declaredLength, long limit, Action<ReadOnlyMemory<byte>> checkHead, CancellationToken cancellationToken)
    {
        int max = (int)Math.Min(limit, ExtractorOptions.MaxResponseBytesLimit);
        int capacity = declaredLength is { } n && n <= max ? (int)Math.Max(n, FetchDefaults.SniffLength) : Math.Min(InitialCapacity, max);
        byte[] buffer = new byte[capacity];
        int count = 0;
        bool checkedHead = false;
        while (true)
        {
            if (count == buffer.Length)
            {
                if (buffer.Length >= max)
                {
                    if (await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) > 0)
                    {
                        throw new ResponseTooLargeException(limit);
                    }

                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, max));
            }

            int read = await stream.ReadAsync(buffer.AsMemory(count, Math.Min(buffer.Length - count, FetchDefaults.ReadChunk)), cancellationToken)
                .ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            count += read;
            if (!checkedHead && count >= FetchDefaults.SniffLength)
            {
                checkHead(buffer.AsMemory(0, FetchDefaults.SniffLength));
                checkedHead = true;
            }
        }

        if (!checkedHead)
        {
            checkHead(buffer.AsMemory(0, count));
        }

        return buffer.AsMemory(0, count);
    }
}
