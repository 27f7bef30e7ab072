using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// The text nodes below a scope in document order, as <c>scope.Descendants&lt;IText&gt;()</c> gives them, each with the
/// element it stands in. Steps by child index with an explicit stack, like <see cref="ElementWalker"/>: no nested
/// iterators, no recursion, no <c>NextSibling</c> search.
/// </summary>
internal sealed class TextWalker
{
    private INodeList[] lists = new INodeList[16];
    private INode[] parents = new INode[16];
    private int[] indexes = new int[16];
    private int depth;

    public TextWalker(INode scope)
    {
        lists[0] = scope.ChildNodes;
        parents[0] = scope;
    }

    /// <summary>The text read last.</summary>
    public IText Current { get; private set; } = null!;

    /// <summary>The node whose child <see cref="Current"/> is.</summary>
    public INode Parent => parents[depth];

    /// <summary>The next text node in document order.</summary>
    public bool MoveNext()
    {
        while (depth >= 0)
        {
            INodeList list = lists[depth];
            int i = indexes[depth]++;
            if (i >= list.Length)
            {
                depth--;
                continue;
            }

            INode node = list[i];
            if (node is Element element)
            {
                if (element.HasChildNodes)
                {
                    if (++depth == lists.Length)
                    {
                        Array.Resize(ref lists, depth * 2);
                        Array.Resize(ref parents, depth * 2);
                        Array.Resize(ref indexes, depth * 2);
                    }

                    lists[depth] = ((INode)element).ChildNodes;
                    parents[depth] = element;
                    indexes[depth] = 0;
                }
            }
            else if (node is IText text)
            {
                Current = text;
                return true;
            }
            else if (node.HasChildNodes)
            {
                // Not an element, yet with children (a fragment): its texts are descendants too.
                if (++depth == lists.Length)
                {
                    Array.Resize(ref lists, depth * 2);
                    Array.Resize(ref parents, depth * 2);
                    Array.Resize(ref indexes, depth * 2);
                }

                lists[depth] = node.ChildNodes;
                parents[depth] = node;
                indexes[depth] = 0;
            }
        }

        return false;
    }
}
