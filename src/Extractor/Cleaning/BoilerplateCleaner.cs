using AngleSharp.Dom;

namespace Extractor.Cleaning;

/// <summary>
/// Removes from the DOM, in place, what never holds article text: scripts, styles, embeds, form controls
/// (<see cref="ElementRules.Removed"/>) and hidden elements (<c>hidden</c>, <c>aria-hidden="true"</c>, inline
/// <c>display:none</c>). One walk; the rest of the boilerplate is judged by <see cref="BoilerplateClassifier"/>
/// in context, because removing it blindly would sometimes remove the article.
/// </summary>
internal static class BoilerplateCleaner
{
    public static void Clean(IDocument document)
    {
        var doomed = new List<IElement>();
        if (document.DocumentElement is { } root)
        {
            Collect(root, doomed);
        }

        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static void Collect(IElement element, List<IElement> doomed)
    {
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (ElementRules.Removed.Contains(child.LocalName) || IsHidden(child))
            {
                doomed.Add(child);
            }
            else
            {
                Collect(child, doomed);
            }
        }
    }

    /// <summary>Whether the element is hidden from readers by its own attributes.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.Attributes.Length == 0)
        {
            return false;
        }

        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.GetAttribute("aria-hidden") is { } ariaHidden && ariaHidden.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (element.GetAttribute("style") is { Length: > 0 } style)
        {
            foreach (string hidden in ElementRules.HiddenStyles)
            {
                if (style.Contains(hidden, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
