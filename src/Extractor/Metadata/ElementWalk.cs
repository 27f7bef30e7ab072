using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// The elements below a scope in document order, produced one at a time: unlike <c>QuerySelectorAll</c>, which
/// collects every match before the first is read, a reader that stops early (a byline found, a scan limit
/// reached) pays only for what it read. Like <c>QuerySelectorAll</c>, template contents are not entered.
/// </summary>
internal static class ElementWalk
{
    public static IEnumerable<IElement> Descendants(IElement scope)
    {
        IElement? element = scope.FirstElementChild;
        while (element is not null)
        {
            yield return element;
            element = Next(element, scope);
        }
    }

    /// <summary>The element after <paramref name="element"/> in document order inside <paramref name="scope"/>, or null.</summary>
    private static IElement? Next(IElement element, IElement scope)
    {
        if (element.FirstElementChild is { } child)
        {
            return child;
        }

        for (IElement? e = element; e is not null && e != scope; e = e.ParentElement)
        {
            if (e.NextElementSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }
}
