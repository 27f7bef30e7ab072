namespace Extractor.Fetching;

/// <summary>A fetched response body, before decoding.</summary>
/// <param name="Body">The body bytes, decompressed.</param>
/// <param name="MediaType">The Content-Type's media type, or <see langword="null"/> when absent.</param>
/// <param name="Charset">The Content-Type's charset parameter, or <see langword="null"/>.</param>
/// <param name="FinalAddress">The address after redirects.</param>
/// <param name="Attempts">The HTTP attempts made.</param>
internal sealed record FetchedPage(byte[] Body, string? MediaType, string? Charset, Uri FinalAddress, int Attempts);
