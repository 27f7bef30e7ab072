using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// The elements below a scope in document order, produced one at a time: unlike <c>QuerySelectorAll</c>, which
/// collects every match before the first is read, a reader that stops early (a byline found, a scan limit
/// reached) pays only for what it read. Like <c>QuerySelectorAll</c>, template contents are not entered. It steps
/// by child index: AngleSharp finds a node's <c>NextSibling</c> (and <c>NextElementSibling</c>) by searching the
/// parent's children from the first, which makes a walk over many siblings quadratic.
/// </summary>
internal static class ElementWalk
{
    public static IEnumerable<IElement> Descendants(INode scope)
    {
        // One frame per level: the children being read and the index of the next one.
        var lists = new INodeList[16];
        var indexes = new int[16];
        int depth = 0;
        lists[0] = scope.ChildNodes;
        while (depth >= 0)
        {
            INodeList list = lists[depth];
            int i = indexes[depth]++;
            if (i >= list.Length)
            {
                depth--;
                continue;
            }

            if (list[i] is not IElement element)
            {
                continue;
            }

            yield return element;
            INodeList children = element.ChildNodes;
            if (children.Length > 0)
            {
                if (++depth == lists.Length)
                {
                    Array.Resize(ref lists, depth * 2);
                    Array.Resize(ref indexes, depth * 2);
                }

                lists[depth] = children;
                indexes[depth] = 0;
            }
        }
    }
}
