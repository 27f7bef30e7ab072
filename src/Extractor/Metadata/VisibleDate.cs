using System.Text;
using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// Finds the date a reader sees by the headline: the first date written in the text just after the headline's
/// <c>&lt;h1&gt;</c> (or, failing that, just before it), such as "August 19, 2025", "19. März 2025", "2025-02-22".
/// </summary>
internal static partial class VisibleDate
{
    private const int After = 4000;
    private const int Before = 1500;

    private const int Near = 400;

    /// <summary>A date before the headline must stand right by it ("News · March 1, 2024 · Headline").</summary>
    private const int NearBefore = 60;

    /// <summary>Deeper nesting is not read: hostile pages nest thousands of elements, and the walk is recursive.</summary>
    private const int MaxDepth = 256;

    /// <summary>
    /// The visible date: the first of the <paramref name="known"/> metadata dates (in their order) that is written by the
    /// headline; else a date written close after the headline, else close before it; else (when the page has no
    /// metadata date) the date nearest the headline.
    /// A date labelled "Updated"/"Modified" is not taken over a published date from the metadata.
    /// </summary>
    public static DateOnly? Find(IDocument document, string? headline, IReadOnlyCollection<DateOnly> known, bool hasPublished) =>
        Find(new PageScan(document), headline, known, hasPublished);

    /// <inheritdoc cref="Find(IDocument, string?, IReadOnlyCollection{DateOnly}, bool)"/>
    public static DateOnly? Find(PageScan scan, string? headline, IReadOnlyCollection<DateOnly> known, bool hasPublished)
    {
        IDocument document = scan.Document;
        INode? anchor = Anchor(scan, headline);
        if (anchor is null || document.Body is null)
        {
            return null;
        }

        var before = new StringBuilder();
        var after = new StringBuilder();
        bool seen = false;
        Walk(document.Body, anchor, before, after, ref seen, 0);
        string previous = before.Length > Before ? before.ToString(before.Length - Before, Before) : before.ToString();
        List<Candidate> following = Dates(after.ToString());

        // Dates before the headline, nearest first, each at its distance from the headline.
        List<Candidate> preceding = Dates(previous);
        preceding.Reverse();
        for (int i = 0; i < preceding.Count; i++)
        {
            preceding[i] = preceding[i] with { Offset = previous.Length - preceding[i].End };
        }

        if (following.Count == 0 && preceding.Count == 0)
        {
            return null;
        }

        // The known dates come in order of trust (published, then modified): when the page shows both, the
        // publication date is the article's date, whichever is written first. "09.10.2024" may be either reading.
        foreach (DateOnly day in known)
        {
            if (Shows(following, day) || Shows(preceding, day))
            {
                return day;
            }
        }

        // A date labelled "Updated" stands in for the publication date only when the page gives no date metadata.
        bool Eligible(Candidate c) => !hasPublished || !c.Update;
        int next = following.FindIndex(Eligible);
        if (next >= 0 && following[next].Offset < Near)
        {
            return following[next].Date;
        }

        int last = preceding.FindIndex(Eligible);
        if (last >= 0 && preceding[last].Offset < NearBefore)
        {
            return preceding[last].Date;
        }

        // Without metadata, the date nearest the headline on either side.
        if (known.Count > 0)
        {
            return null;
        }

        // The first of the nearest, the dates after the headline before those before it.
        Candidate? nearest = null;
        foreach (List<Candidate> side in (List<Candidate>[])[following, preceding])
        {
            foreach (Candidate c in side)
            {
                if (Eligible(c) && (nearest is null || c.Offset < nearest.Value.Offset))
                {
                    nearest = c;
                }
            }
        }

        return nearest?.Date;
    }

    /// <summary>Whether a date not labelled as an update reads as <paramref name="day"/> (either way round).</summary>
    private static bool Shows(List<Candidate> candidates, DateOnly day)
    {
        foreach (Candidate c in candidates)
        {
            if ((c.Date == day || c.Swapped == day) && !c.Update)
            {
                return true;
            }
        }

        return false;
    }

    private static INode? Anchor(PageScan scan, string? headline)
    {
        string key = Text.Key(headline);
        IElement? match = key.Length == 0 ? null : scan.Headings
            .FirstOrDefault(h => Text.Key(h.TextContent) is { Length: > 0 } k && (k.Contains(key, StringComparison.Ordinal) || key.Contains(k, StringComparison.Ordinal)) && k.Length * 2 >= key.Length);
        return match ?? scan.H1s().FirstOrDefault() ?? scan.Article ?? scan.Main ?? scan.Document.Body?.FirstElementChild;
    }

    /// <summary>Collects text in document order: everything before the anchor, and up to <see cref="After"/> characters from it on.</summary>
    /// <remarks>Steps by child index (<see cref="ChildLists"/>, no recursion): each node is read once where it stands,
    /// not pushed and popped.</remarks>
    private static bool Walk(INode node, INode anchor, StringBuilder before, StringBuilder after, ref bool seen, int depth)
    {
        var lists = new ChildLists(node);

        // The level is the depth of the nodes in the list being read, counted from `depth` for the children of `node`.
        while (lists.Next() is { } child)
        {
            if (child == anchor)
            {
                seen = true;
            }

            // The element class first: a class test is cheaper than an interface test, and most nodes are elements.
            if (child is Element element)
            {
                if (element.LocalName is not ("script" or "style" or "noscript" or "template" or "svg") && depth + lists.Level < MaxDepth
                    && element.HasChildNodes)
                {
                    lists.Enter(element);
                }
            }
            else if (child is IText text)
            {
                // Only the words count towards the window: layout whitespace is dropped.
                ReadOnlySpan<char> data = text.Data.AsSpan().Trim();
                if (data.IsEmpty)
                {
                    continue;
                }

                // Only the last Before characters before the headline are read: the builder is kept short.
                (seen ? after : before).Append(data).Append(' ');
                if (before.Length > 2 * Before)
                {
                    before.Remove(0, before.Length - Before);
                }

                if (after.Length > After)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
