using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// The elements below a scope in document order, produced one at a time: unlike <c>QuerySelectorAll</c>, which
/// collects every match before the first is read, a reader that stops early (a byline found, a scan limit
/// reached) pays only for what it read. Like <c>QuerySelectorAll</c>, template contents are not entered. It steps
/// with <c>NextSibling</c>: AngleSharp's <c>NextElementSibling</c> searches the parent's children from the first,
/// which makes a walk over many siblings quadratic.
/// </summary>
internal static class ElementWalk
{
    public static IEnumerable<IElement> Descendants(IElement scope)
    {
        IElement? element = FirstElementAtOrAfter(scope.FirstChild);
        while (element is not null)
        {
            yield return element;
            element = Next(element, scope);
        }
    }

    /// <summary>The element after <paramref name="element"/> in document order inside <paramref name="scope"/>, or null.</summary>
    private static IElement? Next(IElement element, IElement scope)
    {
        if (FirstElementAtOrAfter(element.FirstChild) is { } child)
        {
            return child;
        }

        for (INode? node = element; node is not null && node != scope; node = node.Parent)
        {
            if (FirstElementAtOrAfter(node.NextSibling) is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>The first element among <paramref name="node"/> and its following siblings, or null.</summary>
    public static IElement? FirstElementAtOrAfter(INode? node)
    {
        for (; node is not null; node = node.NextSibling)
        {
            if (node is IElement element)
            {
                return element;
            }
        }

        return null;
    }
}
