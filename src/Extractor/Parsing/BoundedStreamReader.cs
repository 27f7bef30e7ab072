namespace Extractor.Parsing;

/// <summary>Reads a caller's stream into memory, refusing to hold more than a limit.</summary>
internal static class BoundedStreamReader
{
    private const int ChunkSize = 81_920;

    /// <exception cref="ExtractionException">The stream holds more than <paramref name="maxBytes"/> bytes (<c>too-large</c>).</exception>
    public static async Task<byte[]> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[ChunkSize];
        while (true)
        {
            int read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > maxBytes)
            {
                throw new ExtractionException(ExtractionErrorKind.TooLarge, $"The input is larger than {maxBytes:N0} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }
    }
}
