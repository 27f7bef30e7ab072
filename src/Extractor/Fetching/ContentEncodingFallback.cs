using System.IO.Compression;

namespace Extractor.Fetching;

/// <summary>
/// Decompresses a body the handler left compressed. The client the library creates decompresses gzip, deflate and
/// brotli itself (and then drops the Content-Encoding header); an application's client may not, and some servers
/// compress whatever was asked. The limit then still counts decompressed bytes, because it is applied to this stream.
/// </summary>
internal static class ContentEncodingFallback
{
    /// <summary>Wraps <paramref name="stream"/> in decoders for the encodings listed, last applied first;
    /// <see langword="null"/> when one of them is unknown.</summary>
    public static Stream? Decode(Stream stream, ICollection<string> contentEncodings)
    {
        foreach (string coding in contentEncodings.Reverse())
        {
            stream = coding.Trim().ToLowerInvariant() switch
            {
                "identity" or "" => stream,
                "gzip" or "x-gzip" => new GZipStream(stream, CompressionMode.Decompress),
                "deflate" => new ZLibStream(stream, CompressionMode.Decompress),
                "br" => new BrotliStream(stream, CompressionMode.Decompress),
                _ => Stream.Null,
            };
            if (stream == Stream.Null)
            {
                return null;
            }
        }

        return stream;
    }
}
