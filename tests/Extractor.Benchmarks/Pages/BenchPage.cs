namespace Extractor.Benchmarks.Pages;

/// <summary>One benchmark page held in memory: its id, the address it came from and its text.</summary>
internal sealed record BenchPage(string Id, string Url, string Html)
{
    public Uri Address { get; } = Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri : new Uri("https://example.com/" + Id);

    /// <summary>The page as UTF-8 bytes, made on demand (for the decode stage) so loaded pages cost their text only.</summary>
    public byte[] Bytes => System.Text.Encoding.UTF8.GetBytes(Html);
}
