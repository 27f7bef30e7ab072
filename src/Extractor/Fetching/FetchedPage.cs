namespace Extractor.Fetching;

/// <summary>A fetched response body, before decoding.</summary>
/// <param name="Body">The body bytes, decompressed; never longer than the configured limit.</param>
/// <param name="MediaType">The Content-Type's media type, or <see langword="null"/> when absent.</param>
/// <param name="Charset">The Content-Type's charset parameter, or <see langword="null"/>.</param>
/// <param name="FinalAddress">The address after redirects.</param>
/// <param name="Attempts">The HTTP requests made, retries and redirects included.</param>
internal sealed record FetchedPage(ReadOnlyMemory<byte> Body, string? MediaType, string? Charset, Uri FinalAddress, int Attempts);
