using AngleSharp.Dom;

namespace Extractor.Cleaning;

/// <summary>
/// Judges one element by its name and its class, id, role and aria-label words: whether it is boilerplate
/// (navigation, sharing, comments, ads, related links, ...). The content stage asks while it walks the page and
/// overrules the answer for an element that holds the article itself.
/// </summary>
internal static class BoilerplateClassifier
{
    /// <param name="element">The element.</param>
    /// <param name="insideArticle">Whether an <c>article</c> or <c>main</c> element encloses it.</param>
    public static bool IsBoilerplate(IElement element, bool insideArticle)
    {
        string name = element.LocalName;
        if (ElementRules.Boilerplate.Contains(name) || (!insideArticle && ElementRules.PageFrame.Contains(name)))
        {
            return true;
        }

        if (element.Attributes.Length == 0)
        {
            return false;
        }

        if (element.GetAttribute("role") is { Length: > 0 } role && BoilerplateVocabulary.Roles.Contains(role.Trim().ToLowerInvariant()))
        {
            return true;
        }

        return ClassTokenMatcher.IsBoilerplate(element.GetAttribute("class"))
            || ClassTokenMatcher.IsBoilerplate(element.Id)
            || ClassTokenMatcher.IsBoilerplate(element.GetAttribute("aria-label"));
    }
}
