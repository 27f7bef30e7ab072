using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// What the metadata readers look up in the whole page, gathered in one walk over the document instead of one
/// <c>QuerySelectorAll</c> each: the <c>&lt;meta&gt;</c>, <c>&lt;script&gt;</c>, <c>&lt;time&gt;</c> and <c>&lt;a&gt;</c> elements,
/// the h1–h3 headings, the elements with an <c>itemprop</c>, and the first <c>&lt;article&gt;</c> and
/// <c>&lt;main&gt;</c>, and the <c>&lt;link&gt;</c> elements. Lists are in document order and match element names as selectors do (ignoring case);
/// like <c>QuerySelectorAll</c>, template contents are not entered. Read-only.
/// </summary>
internal sealed class PageScan
{
    private readonly List<IElement> metas = [];
    private readonly List<IElement> scripts = [];
    private readonly List<IElement> headings = [];
    private readonly List<IElement> itemprops = [];
    private readonly List<IElement> times = [];
    private readonly List<IElement> links = [];
    private readonly List<IElement> linkTags = [];
    private IElement? linksScope;
    private List<IElement>? linksInScope;
    private string? title;

    public PageScan(IDocument document)
    {
        Document = document;
        // The walker's own loop and the element class's members called directly: this walk reads every element. An
        // attribute is looked up by its local name without a namespace, as AngleSharp's own ClassName and Id do: a
        // parsed page's "itemprop" attribute is always so, and this lookup does not lower-case the name first.
        var walk = new ElementWalker(document);
        while (walk.MoveNext())
        {
            Element element = walk.Current;
            Sort(element);
            if (element.HasAttribute(null, "itemprop"))
            {
                itemprops.Add(element);
            }
        }
    }

    public IDocument Document { get; }

    /// <summary>The document's <c>&lt;title&gt;</c>, as AngleSharp reads it (a search of the tree), read once.</summary>
    public string? Title => title ??= Document.Title;

    /// <summary>The first <c>&lt;article&gt;</c>, as <c>QuerySelector("article")</c> finds it.</summary>
    public IElement? Article { get; private set; }

    /// <summary>The first <c>&lt;main&gt;</c>.</summary>
    public IElement? Main { get; private set; }

    public IReadOnlyList<IElement> Metas => metas;

    public IReadOnlyList<IElement> Scripts => scripts;

    /// <summary>The first <c>&lt;link&gt;</c> whose <c>rel</c> lists <paramref name="relation"/>, as
    /// <c>QuerySelector("link[rel~='relation' i]")</c> finds it.</summary>
    public IElement? LinkTag(string relation)
    {
        foreach (IElement link in linkTags)
        {
            if (HasToken(link.GetAttribute("rel"), relation, StringComparison.OrdinalIgnoreCase))
            {
                return link;
            }
        }

        return null;
    }

    /// <summary>The h1, h2 and h3 elements, as <c>QuerySelectorAll("h1,h2,h3")</c> finds them.</summary>
    public IReadOnlyList<IElement> Headings => headings;

    public IReadOnlyList<IElement> Times => times;

    /// <summary>
    /// The <c>&lt;a&gt;</c> elements inside <paramref name="scope"/>, as <c>scope.QuerySelectorAll("a")</c> finds them.
    /// A scope's links stand together in the page's list (document order), so the search stops at the first link after
    /// them; the last scope's list is kept, as the byline reader asks for the same scope twice.
    /// </summary>
    public IReadOnlyList<IElement> Links(IElement scope)
    {
        if (ReferenceEquals(scope, linksScope) && linksInScope is not null)
        {
            return linksInScope;
        }

        var inside = new List<IElement>();
        foreach (IElement link in links)
        {
            if (IsInside(link, scope))
            {
                inside.Add(link);
            }
            else if (inside.Count > 0)
            {
                break;
            }
        }

        linksScope = scope;
        linksInScope = inside;
        return inside;
    }

    /// <summary>The h1 elements, in page order.</summary>
    public IEnumerable<IElement> H1s()
    {
        foreach (IElement heading in headings)
        {
            if (Is(heading.LocalName, "h1"))
            {
                yield return heading;
            }
        }
    }

    /// <summary>The elements whose <c>itemprop</c> lists <paramref name="property"/>, as <c>[itemprop~='property']</c>
    /// matches them (a space-separated token, compared by ordinal), inside <paramref name="scope"/> when one is given.</summary>
    public IEnumerable<IElement> WithItemprop(string property, IElement? scope = null)
    {
        foreach (IElement element in itemprops)
        {
            if (HasToken(element.GetAttribute("itemprop"), property) && (scope is null || IsInside(element, scope)))
            {
                yield return element;
            }
        }
    }

    /// <summary>Whether <paramref name="element"/> is below <paramref name="scope"/> (not the scope itself).</summary>
    public static bool IsInside(IElement element, IElement scope)
    {
        for (INode? node = element.Parent; node is not null; node = node.Parent)
        {
            if (node == scope)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a space-separated list (HTML spaces: space, tab, LF, FF, CR) holds the token, as the
    /// selector <c>[attribute~='token']</c> compares them.</summary>
    public static bool HasToken(string? list, string token, StringComparison comparison = StringComparison.Ordinal)
    {
        if (list is null)
        {
            return false;
        }

        ReadOnlySpan<char> rest = list;
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny(" \t\n\f\r");
            ReadOnlySpan<char> item = end < 0 ? rest : rest[..end];
            if (item.Equals(token, comparison))
            {
                return true;
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return false;
    }

    /// <summary>Files the element under its name; the names are told apart by length before they are compared.</summary>
    private void Sort(Element element)
    {
        string name = element.LocalName;
        switch (name.Length)
        {
            case 1 when Is(name, "a"):
                links.Add(element);
                break;
            case 2 when Is(name, "h1") || Is(name, "h2") || Is(name, "h3"):
                headings.Add(element);
                break;
            case 4 when Is(name, "link"):
                linkTags.Add(element);
                break;
            case 4 when Is(name, "meta"):
                metas.Add(element);
                break;
            case 4 when Is(name, "time"):
                times.Add(element);
                break;
            case 4 when Main is null && Is(name, "main"):
                Main = element;
                break;
            case 6 when Is(name, "script"):
                scripts.Add(element);
                break;
            case 7 when Article is null && Is(name, "article"):
                Article = element;
                break;
        }
    }

    private static bool Is(string localName, string name) => string.Equals(localName, name, StringComparison.OrdinalIgnoreCase);
}
