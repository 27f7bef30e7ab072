using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>An element's text as a reader sees it: a space where a <c>&lt;br&gt;</c> or a block boundary falls.</summary>
internal static class VisibleText
{
    private static readonly HashSet<string> Breaking = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "section", "header",
    };

    /// <summary>Every text node's text, a space between each: for short lines such as bylines, where spans abut.</summary>
    public static string? Spaced(IElement element)
    {
        var builder = new System.Text.StringBuilder();
        bool first = true;
        for (INode? node = element.FirstChild; node is not null; node = Next(node, element))
        {
            if (node is IText text)
            {
                (first ? builder : builder.Append(' ')).Append(text.Data);
                first = false;
            }
        }

        return Text.Clean(builder.ToString());
    }

    /// <summary>
    /// Whether <see cref="Spaced"/> of the element, without building it, certainly starts with a character that
    /// <paramref name="mayStart"/> rejects or is certainly longer than <paramref name="maxLength"/>. Cleaning keeps
    /// every non-whitespace character of the text nodes, in order, unless there is an entity to decode; so an
    /// <c>&amp;</c> makes the answer "not certain". Reads the text nodes in document order without allocating and
    /// stops as soon as it knows, so a large element costs no more than a small one.
    /// </summary>
    public static bool CertainlyNot(IElement element, int maxLength, Func<char, bool> mayStart)
    {
        int count = 0;
        for (INode? node = element.FirstChild; node is not null; node = Next(node, element))
        {
            if (node is not IText text)
            {
                continue;
            }

            foreach (char c in text.Data)
            {
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                if (c == '&')
                {
                    return false;
                }

                if (count == 0 && !mayStart(c))
                {
                    return true;
                }

                if (++count > maxLength)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The node after <paramref name="node"/> in document order inside <paramref name="root"/>, or null.</summary>
    private static INode? Next(INode node, INode root)
    {
        if (node.FirstChild is { } child)
        {
            return child;
        }

        for (INode? n = node; n is not null && n != root; n = n.Parent)
        {
            if (n.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>An element's text cut into the lines its <c>&lt;br&gt;</c> children make.</summary>
    public static IEnumerable<string> Lines(IElement element)
    {
        var line = new System.Text.StringBuilder();
        foreach (INode child in element.ChildNodes)
        {
            if (child is IElement { LocalName: "br" })
            {
                if (Text.Clean(line.ToString()) is { } done)
                {
                    yield return done;
                }

                line.Clear();
            }
            else
            {
                line.Append(' ').Append(child.TextContent);
            }
        }

        if (Text.Clean(line.ToString()) is { } last)
        {
            yield return last;
        }
    }

    public static string? Of(IElement element)
    {
        if (element.QuerySelector("br,p,div,li") is null)
        {
            return Text.Clean(element.TextContent);
        }

        var builder = new System.Text.StringBuilder();
        Append(element, builder, 0);
        return Text.Clean(builder.ToString());
    }

    /// <summary>Appends the text below <paramref name="node"/> in document order, a space around breaking elements;
    /// an explicit stack (no recursion), entries either a node to visit or a space to write when an element closes.</summary>
    private static void Append(INode node, System.Text.StringBuilder builder, int depth)
    {
        var pending = new Stack<(INode? Node, int Depth)>();
        PushChildren(pending, node, depth);
        while (pending.TryPop(out var item))
        {
            if (item.Node is null)
            {
                builder.Append(' ');
            }
            else if (item.Node is IText text)
            {
                builder.Append(text.Data);
            }
            else if (item.Node is IElement element && item.Depth < 32)
            {
                if (Breaking.Contains(element.LocalName))
                {
                    builder.Append(' ');
                    pending.Push((null, item.Depth));
                }

                PushChildren(pending, element, item.Depth + 1);
            }
        }
    }

    private static void PushChildren(Stack<(INode? Node, int Depth)> pending, INode node, int depth)
    {
        for (INode? child = node.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push((child, depth));
        }
    }
}
