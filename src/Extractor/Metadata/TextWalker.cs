using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// The text nodes below a scope in document order, as <c>scope.Descendants&lt;IText&gt;()</c> gives them, each with the
/// node it stands in. Steps by child index, keeping only the node whose children are being read and the reading
/// position at each level (in memory the caller may give from the stack), going back up by the parent: no nested
/// iterators, no recursion, no <c>NextSibling</c> search (AngleSharp finds a sibling by searching the parent's children
/// from the first, which makes a walk over many siblings quadratic), and no allocation for a short line's walk.
/// </summary>
internal ref struct TextWalker
{
    private readonly INode scope;
    private Span<int> indexes;
    private INode? owner;
    private int level;

    /// <summary>A walk whose reading positions live on the heap (a walk made once per page).</summary>
    public TextWalker(INode scope)
        : this(scope, new int[16])
    {
    }

    /// <summary>A walk whose reading positions live in <paramref name="positions"/> (e.g. <c>stackalloc int[16]</c>),
    /// moved to the heap only when the scope nests deeper.</summary>
    public TextWalker(INode scope, Span<int> positions)
    {
        this.scope = scope;
        indexes = positions;
        indexes[0] = -1;
        owner = scope;
        Current = null!;
    }

    /// <summary>The text read last.</summary>
    public IText Current { get; private set; }

    /// <summary>The node whose child <see cref="Current"/> is.</summary>
    public readonly INode Parent => owner ?? scope;

    /// <summary>The next text node in document order.</summary>
    public bool MoveNext()
    {
        while (owner is not null)
        {
            INodeList list = owner.ChildNodes;
            int i = ++indexes[level];
            if (i >= list.Length)
            {
                // This list is read: back to the one that holds its owner, or the end at the scope.
                owner = level-- == 0 ? null : owner.Parent;
                continue;
            }

            INode node = list[i];

            // The element class first: a class test is cheaper than an interface test, and most nodes are elements.
            if (node is Element element)
            {
                if (element.HasChildNodes)
                {
                    Enter(element);
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
                Enter(node);
            }
        }

        return false;
    }

    private void Enter(INode node)
    {
        if (++level == indexes.Length)
        {
            var deeper = new int[level * 2];
            indexes.CopyTo(deeper);
            indexes = deeper;
        }

        indexes[level] = -1;
        owner = node;
    }
}
