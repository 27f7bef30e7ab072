namespace Extractor.Content;

/// <summary>A link inside a body block: its text and its absolute (or, without a base address, raw) target.</summary>
/// <param name="text">The link's text.</param>
/// <param name="href">The target as written.</param>
/// <param name="address">The page's address, to resolve the target against.</param>
internal sealed class BlockLink(string text, string href, Uri? address = null)
{
    public string Text { get; } = text;

    /// <summary>The target, resolved on first use: few of a page's links are ever read.</summary>
    public string Href => field ??= address is not null && Uri.TryCreate(address, href.Trim(), out var uri) ? uri.AbsoluteUri : href.Trim();
}

/// <summary>
/// A body block as the content stage hands it to the news stage: the public <see cref="Block"/> data plus the
/// links it holds, which the news stage needs to recognise "More:" links.
/// </summary>
internal sealed record BodyBlock(BlockKind Kind, string Text, int Level, IReadOnlyList<BlockLink> Links, int? Number = null)
{
    public Block ToBlock() => new(Kind, Text, Level, Number);
}
