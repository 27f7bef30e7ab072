using System.Collections.Frozen;
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

    /// <summary>The <see cref="ElementRules"/> sets each element name is in, so that a name is looked up once.</summary>
    private static readonly FrozenDictionary<string, ElementKinds> NameKinds = BuildNameKinds();

    [Flags]
    private enum ElementKinds : byte
    {
        None = 0,
        Boilerplate = 1,
        PageFrame = 2,
        SoftBoilerplate = 4,
        AuthorBox = 8,
    }

    /// <summary>
    /// Judges an element. A hidden element is <see cref="BoilerplateVerdict.Hidden"/> unless it is a disclosure panel
    /// (an accordion's or tab's content: a region or tab panel labelled by its toggle), whose text is the page's own,
    /// only folded away.
    /// </summary>
    /// <param name="element">The element.</param>
    /// <param name="insideArticle">Whether an <c>article</c> or <c>main</c> element encloses it.</param>
    /// <param name="standfirst">Whether the element's class names a standfirst
    /// (<see cref="ClassTokenMatcher.IsStandfirst"/>), read with the class words the verdict reads.</param>
    /// <param name="verdicts">The verdicts on class values already judged on this page, if kept.</param>
    public static BoilerplateVerdict Judge(IElement element, bool insideArticle, out bool standfirst, ClassVerdicts? verdicts = null)
    {
        standfirst = false;
        string name = element.LocalName;
        var attributes = element.Attributes;
        var kinds = NameKinds.GetValueOrDefault(name);
        if ((kinds & ElementKinds.Boilerplate) != 0 || (!insideArticle && (kinds & ElementKinds.PageFrame) != 0))
        {
            standfirst = attributes.Length > 0 && IsStandfirst(element.GetAttribute("class"), verdicts);
            return BoilerplateVerdict.Hard;
        }

        bool soft = (kinds & ElementKinds.SoftBoilerplate) != 0;
        if (attributes.Length == 0)
        {
            return soft ? BoilerplateVerdict.Soft : BoilerplateVerdict.None;
        }

        // One pass over the attributes; the checks that decide alone come first.
        string? classes = null, id = null, label = null, role = null;
        bool hidden = false, labelledBy = false;
        for (int i = 0; i < attributes.Length; i++)
        {
            // AngleSharp's one attribute class is read directly, not through its interface.
            var attribute = attributes[i]!;
            string attributeName, value;
            if (attribute is Attr attr)
            {
                attributeName = attr.Name;
                value = attr.Value;
            }
            else
            {
                attributeName = attribute.Name;
                value = attribute.Value;
            }

            switch (attributeName)
            {
                case "class":
                    classes = value;
                    break;
                case "id":
                    id = value;
                    break;
                case "aria-label":
                    label = value;
                    break;
                case "itemprop" when (kinds & ElementKinds.AuthorBox) != 0 && value.Equals("author", StringComparison.OrdinalIgnoreCase):
                    soft = true;
                    break;
                case "role" when BoilerplateVocabulary.Roles.Contains(role = value.Trim().ToLowerInvariant()):
                    standfirst = IsStandfirst(element.GetAttribute("class"), verdicts);
                    return BoilerplateVerdict.Hard;
                case "aria-labelledby":
                    labelledBy = true;
                    break;
                case "hidden":
                case "aria-hidden" when value.Equals("true", StringComparison.OrdinalIgnoreCase):
                case "style" when HidesByStyle(value):
                    hidden = true;
                    break;
            }
        }

        bool classSoft = verdicts is null
            ? ClassTokenMatcher.IsBoilerplate(classes, layout: !IsHeading(name), out standfirst)
            : verdicts.IsBoilerplate(classes, layout: !IsHeading(name), out standfirst);
        if (hidden && !(labelledBy && role is not null && BoilerplateVocabulary.PanelRoles.Contains(role)))
        {
            return BoilerplateVerdict.Hidden;
        }

        soft = soft
            || classSoft
            || (!IsHeading(name) && ClassTokenMatcher.IsBoilerplate(id, MaxIdWords))
            || ClassTokenMatcher.IsBoilerplate(label, MaxIdWords);
        return soft ? BoilerplateVerdict.Soft : BoilerplateVerdict.None;
    }

    /// <summary>Whether the element is boilerplate at all (any verdict).</summary>
    public static bool IsBoilerplate(IElement element, bool insideArticle, ClassVerdicts? verdicts = null) =>
        Judge(element, insideArticle, out _, verdicts) != BoilerplateVerdict.None;

    private static bool IsStandfirst(string? classes, ClassVerdicts? verdicts) =>
        verdicts is null ? ClassTokenMatcher.IsStandfirst(classes) : verdicts.IsStandfirst(classes);

    /// <summary>A heading's id is the anchor of its own text ("social-benefits"), not a name of what it is.</summary>
    private static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';

    private static FrozenDictionary<string, ElementKinds> BuildNameKinds() =>
        NameFlags.Merge(
            (ElementRules.Boilerplate, ElementKinds.Boilerplate),
            (ElementRules.PageFrame, ElementKinds.PageFrame),
            (ElementRules.SoftBoilerplate, ElementKinds.SoftBoilerplate),
            (ElementRules.AuthorBoxes, ElementKinds.AuthorBox)).ToFrozenDictionary(StringComparer.Ordinal);

    private static bool HidesByStyle(string style)
    {
        if (style.Length == 0)
        {
            return false;
        }

        foreach (string hidden in ElementRules.HiddenStyles)
        {
            if (style.Contains(hidden, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
