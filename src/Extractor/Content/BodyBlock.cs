namespace Extractor.Content;

/// <summary>A link inside a body block: its text and its absolute (or, without a base address, raw) target.</summary>
internal sealed record BlockLink(string Text, string Href);

/// <summary>
/// A body block as the content stage hands it to the news stage: the public <see cref="Block"/> data plus the
/// links it holds, which the news stage needs to recognise "More:" links.
/// </summary>
internal sealed record BodyBlock(BlockKind Kind, string Text, int Level, IReadOnlyList<BlockLink> Links)
{
    public Block ToBlock() => new(Kind, Text, Level);
}
