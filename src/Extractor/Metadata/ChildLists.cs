using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// The state of a walk in document order: a stack of the child lists being read, each with its reading position.
/// Steps by child index: AngleSharp finds a node's <c>NextSibling</c> (and <c>NextElementSibling</c>) by searching the
/// parent's children from the first, which makes a walk over many siblings quadratic. No recursion, no iterators;
/// the walkers decide which nodes to enter. (<see cref="TextWalker"/> keeps less, for walks that must not allocate.)
/// </summary>
internal sealed class ChildLists
{
    private INodeList[] lists = new INodeList[16];
    private int[] indexes = new int[16];

    /// <summary>Starts with the children of <paramref name="scope"/> at level 0.</summary>
    public ChildLists(INode scope)
    {
        lists[0] = scope.ChildNodes;
    }

    /// <summary>The level of the list being read: 0 for the scope's children, -1 when the walk is done.</summary>
    public int Level { get; private set; }

    /// <summary>The next node of the list being read, going back up as lists run out; null when the walk is done.</summary>
    public INode? Next()
    {
        while (Level >= 0)
        {
            INodeList list = lists[Level];
            int i = indexes[Level]++;
            if (i < list.Length)
            {
                return list[i];
            }

            Level--;
        }

        return null;
    }

    /// <summary>Reads <paramref name="node"/>'s children next (one level down), then goes on after it.</summary>
    public void Enter(INode node)
    {
        if (++Level == lists.Length)
        {
            Array.Resize(ref lists, Level * 2);
            Array.Resize(ref indexes, Level * 2);
        }

        lists[Level] = node.ChildNodes;
        indexes[Level] = 0;
    }
}
