using System.IO.Compression;

namespace Extractor.Tests.Fetching;

/// <summary>Small compressed bodies that expand to far more than any limit: an HTML start followed by 1 GiB of
/// spaces, streamed through the encoder at test time (nothing that large is ever held in memory), made once per run.
/// Spaces rather than zeros, so the body passes content sniffing and it is the size limit that stops it.</summary>
internal static class CompressionBombs
{
    /// <summary>What each bomb expands to: 1 GiB.</summary>
    public const long ExpandedSize = 1L << 30;

    private static readonly Lazy<byte[]> Gzip = new(() => Make(s => new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true)));
    private static readonly Lazy<byte[]> Deflate = new(() => Make(s => new ZLibStream(s, CompressionLevel.Optimal, leaveOpen: true)));
    private static readonly Lazy<byte[]> Brotli = new(() => Make(s => new BrotliStream(s, CompressionLevel.Fastest, leaveOpen: true)));

    /// <summary>The bomb for a Content-Encoding: gzip, deflate or br.</summary>
    public static byte[] For(string contentEncoding) => contentEncoding switch
    {
        "gzip" => Gzip.Value,
        "deflate" => Deflate.Value,
        "br" => Brotli.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(contentEncoding)),
    };

    private static byte[] Make(Func<Stream, Stream> encoder)
    {
        using var output = new MemoryStream();
        using (var compressor = encoder(output))
        {
            compressor.Write("<!doctype html><html><body><p>"u8);
            byte[] spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written < ExpandedSize; written += spaces.Length)
            {
                compressor.Write(spaces);
            }
        }

        return output.ToArray();
    }
}
