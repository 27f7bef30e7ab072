using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// What the metadata readers look up in the whole page, gathered in one walk over the document instead of one
/// <c>QuerySelectorAll</c> each: the <c>&lt;meta&gt;</c>, <c>&lt;script&gt;</c> and <c>&lt;time&gt;</c> elements,
/// the h1–h3 headings, the elements with an <c>itemprop</c>, and the first <c>&lt;article&gt;</c> and
/// <c>&lt;main&gt;</c>. Lists are in document order and match element names as selectors do (ignoring case);
/// like <c>QuerySelectorAll</c>, template contents are not entered. Read-only.
/// </summary>
internal sealed class PageScan
{
    private readonly List<IElement> metas = [];
    private readonly List<IElement> scripts = [];
    private readonly List<IElement> headings = [];
    private readonly List<IElement> itemprops = [];
    private readonly List<IElement> times = [];

    public PageScan(IDocument document)
    {
        Document = document;
        foreach (IElement element in ElementWalk.Descendants(document))
        {
            string name = element.LocalName;
            if (Is(name, "meta"))
            {
                metas.Add(element);
            }
            else if (Is(name, "script"))
            {
                scripts.Add(element);
            }
            else if (Is(name, "h1") || Is(name, "h2") || Is(name, "h3"))
            {
                headings.Add(element);
            }
            else if (Is(name, "time"))
            {
                times.Add(element);
            }
            else if (Article is null && Is(name, "article"))
            {
                Article = element;
            }
            else if (Main is null && Is(name, "main"))
            {
                Main = element;
            }

            if (element.HasAttribute("itemprop"))
            {
                itemprops.Add(element);
            }
        }
    }

    public IDocument Document { get; }

    /// <summary>The first <c>&lt;article&gt;</c>, as <c>QuerySelector("article")</c> finds it.</summary>
    public IElement? Article { get; }

    /// <summary>The first <c>&lt;main&gt;</c>.</summary>
    public IElement? Main { get; }

    public IReadOnlyList<IElement> Metas => metas;

    public IReadOnlyList<IElement> Scripts => scripts;

    /// <summary>The h1, h2 and h3 elements, as <c>QuerySelectorAll("h1,h2,h3")</c> finds them.</summary>
    public IReadOnlyList<IElement> Headings => headings;

    public IReadOnlyList<IElement> Times => times;

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

    /// <summary>Whether a space-separated list (HTML spaces: space, tab, LF, FF, CR) holds the token.</summary>
    private static bool HasToken(string? list, string token)
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
            if (item.SequenceEqual(token))
            {
                return true;
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return false;
    }

    private static bool Is(string localName, string name) => string.Equals(localName, name, StringComparison.OrdinalIgnoreCase);
}
