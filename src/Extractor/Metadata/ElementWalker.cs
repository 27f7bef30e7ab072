using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// The elements below a scope in document order, like <see cref="ElementWalk.Descendants"/>, with one more move: the
/// children of the element just read can be passed over (<see cref="SkipChildren"/>), so a reader can step over a
/// subtree it has already read. Steps by child index: AngleSharp finds a node's <c>NextSibling</c> (and
/// <c>NextElementSibling</c>) by searching the parent's children from the first, which makes a walk over many
/// siblings quadratic. The elements are AngleSharp's <see cref="Element"/> class (every <see cref="IElement"/> of a parsed
/// page is one), so a reader can call its members directly: through the interface, each call on the many element
/// classes of a page goes through a type lookup.
/// </summary>
internal sealed class ElementWalker
{
    private INodeList[] lists = new INodeList[16];
    private int[] indexes = new int[16];
    private int depth;
    private Element? current;
    private bool enter;

    public ElementWalker(INode scope)
    {
        lists[0] = scope.ChildNodes;
    }

    /// <summary>The element read last.</summary>
    public Element Current => current ?? throw new InvalidOperationException("The walk has not started.");

    /// <summary>The next element in document order: below the current one (unless skipped), else after it.</summary>
    public bool MoveNext()
    {
        if (enter && current!.HasChildNodes)
        {
            INodeList children = ((INode)current).ChildNodes;
            if (++depth == lists.Length)
            {
                Array.Resize(ref lists, depth * 2);
                Array.Resize(ref indexes, depth * 2);
            }

            lists[depth] = children;
            indexes[depth] = 0;
        }

        enter = false;
        while (depth >= 0)
        {
            INodeList list = lists[depth];
            int i = indexes[depth]++;
            if (i >= list.Length)
            {
                depth--;
                continue;
            }

            if (list[i] is Element element)
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
