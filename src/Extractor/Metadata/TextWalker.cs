using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// The text nodes below a scope in document order, as <c>scope.Descendants&lt;IText&gt;()</c> gives them, each with the
/// element it stands in. Steps by child index (<see cref="ChildLists"/>): no nested iterators, no recursion, no
/// <c>NextSibling</c> search.
/// </summary>
internal sealed class TextWalker(INode scope)
{
    private readonly ChildLists lists = new(scope);

    /// <summary>The text read last.</summary>
    public IText Current { get; private set; } = null!;

    /// <summary>The node whose child <see cref="Current"/> is.</summary>
    public INode Parent { get; private set; } = scope;

    /// <summary>The next text node in document order.</summary>
    public bool MoveNext()
    {
        while (lists.Next() is { } node)
        {
            // The element class first: a class test is cheaper than an interface test, and most nodes are elements.
            if (node is Element element)
            {
                if (element.HasChildNodes)
                {
                    lists.Enter(element);
                }
            }
            else if (node is IText text)
            {
                Current = text;
                Parent = lists.Owner;
                return true;
            }
            else if (node.HasChildNodes)
            {
                // Not an element, yet with children (a fragment): its texts are descendants too.
                lists.Enter(node);
            }
        }

        return false;
    }
}
