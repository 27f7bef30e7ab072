using Extractor.Cleaning;

namespace Extractor.Content;

/// <summary>
/// A byline's or date's label left without its value ("Written by", "By:", "Page updated:"): the name or date stood in
/// an element of its own that the cleaning took out, and the label alone says nothing. It goes when the block after it
/// is not a short line that may be its value ("By:" over "Jane Doe, John Roe" stays): a sentence, another label, a
/// line without letters, or nothing.
/// </summary>
internal static class OrphanLabels
{
    /// <summary>The most words of a line read as a label's value (names, a date).</summary>
    public const int MaxValueWords = 8;

    public static void Drop(List<TextBlock> kept)
    {
        for (int i = kept.Count - 1; i >= 0; i--)
        {
            if (kept[i].Kind is BlockKind.Paragraph or BlockKind.ListItem && BoilerplateText.IsBareMetaLabel(kept[i].Text)
                && (i + 1 == kept.Count || !MayBeValue(kept[i + 1])))
            {
                kept.RemoveAt(i);
            }
        }
    }

    private static bool MayBeValue(TextBlock next)
    {
        string text = next.Text;
        return text.Any(char.IsLetter)
            && text.AsSpan().Count(' ') < MaxValueWords
            && !text.TrimEnd().EndsWith(':')
            && !BoilerplateText.IsBareMetaLabel(text);
    }
}
