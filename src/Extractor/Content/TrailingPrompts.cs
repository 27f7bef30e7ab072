using Extractor.Cleaning;

namespace Extractor.Content;

/// <summary>
/// A call to action set after the article in a box of its own ("Ready to find your program? Explore all our
/// programs today!", "Download our template"): the last blocks, when they read as one
/// (<see cref="BoilerplateText.IsCallToAction"/>) and stand outside the element that holds the block before them. The
/// same words as the last paragraph of the text itself, beside the paragraphs before it, stay.
/// </summary>
internal static class TrailingPrompts
{
    /// <summary>At most this many blocks at the end are read as prompts.</summary>
    public const int MaxBlocks = 2;

    public static void Drop(List<TextBlock> kept)
    {
        for (int n = 0; n < MaxBlocks && kept.Count > 2; n++)
        {
            var last = kept[^1];
            if (!BoilerplateText.IsCallToAction(last.Text) || kept[^2].Owner.Parent is not { } holder || last.Owner.IsWithin(holder))
            {
                return;
            }

            kept.RemoveAt(kept.Count - 1);
        }
    }
}
