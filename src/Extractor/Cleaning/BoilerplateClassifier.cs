using AngleSharp.Dom;

namespace Extractor.Cleaning;

/// <summary>
/// Judges one element by its name and its class, id, role and aria-label words: whether it is boilerplate
/// (navigation, sharing, comments, ads, related links, ...). The content stage asks while it walks the page and
/// overrules the answer for an element that holds the article itself.
/// </summary>
internal static class BoilerplateClassifier
{
    /// <summary>Ids and labels of more words than this are prose (slugs of headings), not names.</summary>
    public const int MaxIdWords = 4;

    /// <summary>Judges an element.</summary>
    /// <param name="element">The element.</param>
    /// <param name="insideArticle">Whether an <c>article</c> or <c>main</c> element encloses it.</param>
    public static BoilerplateVerdict Judge(IElement element, bool insideArticle)
    {
        string name = element.LocalName;
        if (ElementRules.Boilerplate.Contains(name) || (!insideArticle && ElementRules.PageFrame.Contains(name)))
        {
            return BoilerplateVerdict.Hard;
        }

        if (element.Attributes.Length == 0)
        {
            return ElementRules.SoftBoilerplate.Contains(name) ? BoilerplateVerdict.Soft : BoilerplateVerdict.None;
        }

        if (element.GetAttribute("role") is { Length: > 0 } role && BoilerplateVocabulary.Roles.Contains(role.Trim().ToLowerInvariant()))
        {
            return BoilerplateVerdict.Hard;
        }

        if (IsHidden(element))
        {
            return BoilerplateVerdict.Hidden;
        }

        bool soft = ElementRules.SoftBoilerplate.Contains(name)
            || ClassTokenMatcher.IsBoilerplate(element.GetAttribute("class"))
            || ClassTokenMatcher.IsBoilerplate(element.Id, MaxIdWords)
            || ClassTokenMatcher.IsBoilerplate(element.GetAttribute("aria-label"), MaxIdWords);
        return soft ? BoilerplateVerdict.Soft : BoilerplateVerdict.None;
    }

    /// <summary>Whether the element is boilerplate at all (either verdict).</summary>
    public static bool IsBoilerplate(IElement element, bool insideArticle) => Judge(element, insideArticle) != BoilerplateVerdict.None;

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
