namespace Extractor.Parsing;

/// <summary>What the hostile-input guard hands to the parser, and what it had to do to the input.</summary>
/// <param name="Html">The HTML to parse: the input itself when nothing had to change.</param>
/// <param name="Truncated">Whether the input was longer than the limit and was cut.</param>
/// <param name="DroppedTags">Start tags left out, or made siblings of the deepest element, because they would have
/// nested deeper than the limit.</param>
/// <param name="Elements">The elements the parser is expected to create, estimated.</param>
internal sealed record GuardedHtml(string Html, bool Truncated, int DroppedTags, long Elements)
{
    /// <summary>Whether the guard changed the input at all.</summary>
    public bool Changed => Truncated || DroppedTags > 0;
}
