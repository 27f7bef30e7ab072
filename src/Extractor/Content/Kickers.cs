namespace Extractor.Content;

/// <summary>
/// Kickers: the short label a card sets above each of its titles ("Course", "On Sale"), repeated over a run
/// of cards. The words name a kind of thing, not a part of the text, and a reader skips them. A label that introduces
/// what follows ("Summary:", "License: CC-BY") has a colon and stays, as do a value with figures ("Nominal Power 500W")
/// and a short line the page repeats elsewhere.
/// </summary>
internal static class Kickers
{
    /// <summary>A kicker has at most this many words.</summary>
    public const int MaxWords = 3;

    /// <summary>A label is a kicker when it stands above a heading at least this many times.</summary>
    public const int MinRepeats = 3;

    /// <summary>Drops every paragraph whose text stands, at least <see cref="MinRepeats"/> times and each time, right
    /// before a heading, when it is a few words starting with a capital, without a colon or a digit.</summary>
    public static void Drop(List<TextBlock> kept)
    {
        Dictionary<string, (int Before, int Elsewhere)>? labels = null;
        for (int i = 0; i < kept.Count; i++)
        {
            if (!MayBeKicker(kept[i]))
            {
                continue;
            }

            labels ??= new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            bool beforeHeading = i + 1 < kept.Count && kept[i + 1].Kind == BlockKind.Heading;
            labels.TryGetValue(kept[i].Text, out var seen);
            labels[kept[i].Text] = beforeHeading
                ? (seen.Before + 1, seen.Elsewhere)
                : (seen.Before, seen.Elsewhere + 1);
        }

        if (labels is null)
        {
            return;
        }

        HashSet<string>? kickers = null;
        foreach (var (text, (before, elsewhere)) in labels)
        {
            if (before >= MinRepeats && elsewhere == 0)
            {
                (kickers ??= new HashSet<string>(StringComparer.Ordinal)).Add(text);
            }
        }

        if (kickers is not null)
        {
            kept.RemoveAll(b => b.Kind == BlockKind.Paragraph && kickers.Contains(b.Text));
        }
    }

    /// <summary>A paragraph of a few words (its text has single spaces between words) starting with a capital, without a
    /// colon or a digit.</summary>
    private static bool MayBeKicker(TextBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Text.Length > 0 && char.IsUpper(block.Text[0])
        && !block.Text.Contains(':', StringComparison.Ordinal) && !block.Text.AsSpan().ContainsAnyInRange('0', '9')
        && block.Text.AsSpan().Count(' ') < MaxWords;
}
