using AngleSharp.Dom;

namespace Extractor.Cleaning;

/// <summary>
/// Puts content streamed by server rendering back where the page's script would put it. React streams a slow part
/// of a page as a hidden <c>&lt;div hidden id="S:n"&gt;</c> at the end of the document, and marks its place with an
/// empty <c>&lt;template id="B:n"&gt;</c> (followed by a fallback such as "Loading...") or
/// <c>&lt;template id="P:n"&gt;</c>; without script the article stays hidden
/// and out of order. The cleaner records both while it walks; <see cref="Reveal"/> moves each segment into its place.
/// </summary>
internal sealed class StreamedSegments
{
    /// <summary>A fallback (the element right after a boundary's template) is dropped only when its text is this short.</summary>
    public const int MaxFallbackLength = 40;

    private readonly Dictionary<string, IElement> placeholders = new(StringComparer.Ordinal);
    private readonly List<IElement> segments = [];

    /// <summary>Records the element when it is a placeholder template or a hidden segment.</summary>
    public void Note(Element element)
    {
        string name = element.LocalName;
        if (name is not ("template" or "div") || ((IElement)element).Attributes.Length == 0 || element.GetAttribute("id") is not { Length: > 2 } id || id[1] != ':')
        {
            return;
        }

        if (name == "template" && id[0] is 'B' or 'P')
        {
            placeholders.TryAdd(id, element);
        }
        else if (name == "div" && id[0] == 'S' && element.HasAttribute("hidden"))
        {
            segments.Add(element);
        }
    }

    /// <summary>Moves every recorded segment into its placeholder, dropping the placeholder's fallback.</summary>
    public void Reveal()
    {
        foreach (var segment in segments)
        {
            string key = segment.Id![2..];
            // A placeholder inside its own segment (only in crafted markup) would move the segment into itself.
            if (placeholders.TryGetValue("B:" + key, out var boundary) && boundary.Parent is { } parent && !segment.Contains(boundary))
            {
                DropFallback(boundary);
                MoveChildren(segment, parent, boundary);
                segment.Remove();
            }
            else if (placeholders.TryGetValue("P:" + key, out var hole) && hole.Parent is { } holeParent && !segment.Contains(hole))
            {
                MoveChildren(segment, holeParent, hole);
                segment.Remove();
            }
        }
    }

    /// <summary>
    /// Removes the fallback shown in a boundary's place ("Loading...", a skeleton): the element right after the
    /// template when it is a plain container with short text, never a heading or list that follows a boundary with no
    /// fallback. (The end comment that closes a fallback is not parsed: comments are skipped.)
    /// </summary>
    private static void DropFallback(IElement boundary)
    {
        if (boundary.NextElementSibling is { LocalName: "div" or "span" or "p" or "section" } fallback && fallback.TextContent.Trim().Length <= MaxFallbackLength)
        {
            fallback.Remove();
        }
    }

    private static void MoveChildren(IElement from, INode parent, INode before)
    {
        while (from.FirstChild is { } child)
        {
            parent.InsertBefore(child, before);
        }
    }
}
