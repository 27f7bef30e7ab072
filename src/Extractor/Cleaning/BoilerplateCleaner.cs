using AngleSharp.Dom;

namespace Extractor.Cleaning;

/// <summary>
/// Removes from the DOM, in place, what never holds article text: scripts, styles, embeds, form controls
/// (<see cref="ElementRules.Removed"/>), and footnote reference marks (the footnotes themselves are boilerplate to the
/// content stage, and a mark left behind glues its number to the word before it: "anyway1"). One walk. The rest of
/// the boilerplate, hidden elements included, is judged by <see cref="BoilerplateClassifier"/> in context, because
/// removing it blindly would sometimes remove the article (pages streamed by script frameworks deliver the article in
/// a hidden element and reveal it later; the <see cref="StreamedSegments"/> that React streams are put back in their
/// places first).
/// </summary>
internal static class BoilerplateCleaner
{
    public static void Clean(IDocument document)
    {
        var doomed = new List<IElement>();
        var streamed = new StreamedSegments();
        if (document.DocumentElement is { } root)
        {
            Collect((Element)root, doomed, streamed);
        }

        streamed.Reveal();

        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    /// <summary>Collects the removable elements below <paramref name="root"/>, with an explicit stack (no recursion).
    /// AngleSharp's <see cref="Element"/> class rather than <see cref="IElement"/>: its members are called directly, where
    /// an interface call on the many element classes of a page goes through a type lookup each time.</summary>
    private static void Collect(Element root, List<IElement> doomed, StreamedSegments streamed)
    {
        var pending = new Stack<Element>();
        pending.Push(root);
        while (pending.TryPop(out var element))
        {
            // By index: AngleSharp finds a node's NextSibling (and NextElementSibling) by searching the parent's
            // children from the first, which is quadratic over many siblings.
            if (!element.HasChildNodes)
            {
                continue;
            }

            var nodes = ((INode)element).ChildNodes;
            for (int i = 0; i < nodes.Length; i++)
            {
                if (nodes[i] is not Element child)
                {
                    continue;
                }

                streamed.Note(child);
                if (ElementRules.Removed.Contains(child.LocalName) || IsFootnoteReference(child))
                {
                    doomed.Add(child);
                }
                else
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>A footnote reference mark: a <c>&lt;sup&gt;</c> that is one link into the page whose text is a number
    /// ("1", "[12]"). A superscript that is no link (an exponent: 10&lt;sup&gt;15&lt;/sup&gt;) or links elsewhere stays.</summary>
    private static bool IsFootnoteReference(Element element)
    {
        if (element.LocalName != "sup" || element.ChildElementCount != 1 || element.FirstElementChild is not { LocalName: "a" } link
            || link.GetAttribute("href") is not { Length: > 1 } href || href[0] != '#')
        {
            return false;
        }

        string text = element.TextContent.Trim().Trim('[', ']');
        return text.Length is > 0 and <= 3 && text.All(char.IsAsciiDigit);
    }
}
