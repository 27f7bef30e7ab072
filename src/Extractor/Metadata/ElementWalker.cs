using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// The elements below a scope in document order, like <see cref="ElementWalk.Descendants"/>, with one more move: the
/// children of the element just read can be passed over (<see cref="SkipChildren"/>), so a reader can step over a
/// subtree it has already read. Steps by child index (<see cref="ChildLists"/>). The elements are AngleSharp's
/// <see cref="Element"/> class (every <see cref="IElement"/> of a parsed page is one), so a reader can call its members
/// directly: through the interface, each call on the many element classes of a page goes through a type lookup.
/// </summary>
internal sealed class ElementWalker(INode scope)
{
    private readonly ChildLists lists = new(scope);
    private Element? current;
    private bool enter;

    /// <summary>The element read last.</summary>
    public Element Current => current ?? throw new InvalidOperationException("The walk has not started.");

    /// <summary>The next element in document order: below the current one (unless skipped), else after it.</summary>
    public bool MoveNext()
    {
        if (enter && current!.HasChildNodes)
        {
            lists.Enter(current);
        }

        enter = false;
        while (lists.Next() is { } node)
        {
            if (node is Element element)
            {
                current = element;
                enter = true;
                return true;
            }
        }

        return false;
    }

    /// <summary>The walk goes on after the current element's subtree, not into it.</summary>
    public void SkipChildren() => enter = false;
}
