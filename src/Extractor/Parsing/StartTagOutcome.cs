namespace Extractor.Parsing;

/// <summary>What became of a start tag.</summary>
internal enum StartTagOutcome
{
    /// <summary>It goes to the parser.</summary>
    Kept,

    /// <summary>It goes to the parser, and its content up to its end tag is text.</summary>
    RawText,

    /// <summary>It would nest too deep: it is left out.</summary>
    Dropped,
}
