using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Extractor.Parsing;

/// <summary>
/// The exact check after parsing, behind the guard's estimate: walks the DOM once (explicit stack, no recursion),
/// flattens every element at the depth limit into its text, and fails with <see cref="ExtractionErrorKind.TooComplex"/>
/// past the element limit. The guard keeps the parser fast by removing nearly all excess before parsing; this pass
/// makes the limits hold exactly, whatever the parser's own reading of odd markup.
/// </summary>
internal static class DomLimiter
{
    private const int CancellationCheckInterval = 4096;

    /// <summary>Applies the limits to <paramref name="document"/> in place; returns the number of elements flattened.</summary>
    public static int Enforce(IDocument document, int maxDepth, int maxElements, CancellationToken cancellationToken)
    {
        if (document.DocumentElement is not { } root)
        {
            return 0;
        }

        int flattened = 0;
        long elements = 0;
        // AngleSharp's Element class rather than IElement: its members are called directly, where an interface call on
        // the many element classes of a page goes through a type lookup each time.
        var pending = new Stack<(Element Element, int Depth)>();
        pending.Push(((Element)root, 1));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            if (++elements > maxElements)
            {
                throw new ExtractionException(ExtractionErrorKind.TooComplex, $"The document has more than {maxElements:N0} elements.");
            }

            if (elements % CancellationCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            INode content = element.LocalName == TagNames.Template && element is IHtmlTemplateElement template ? template.Content : element;
            if (depth >= maxDepth)
            {
                if (HasElementChild(content))
                {
                    content.TextContent = content.TextContent;
                    flattened++;
                }

                continue;
            }

            if (!content.HasChildNodes)
            {
                continue;
            }

            // By index: AngleSharp finds a node's NextSibling by searching its parent's children (quadratic over a walk).
            var children = content.ChildNodes;
            for (int i = 0; i < children.Length; i++)
            {
                if (children[i] is Element childElement)
                {
                    pending.Push((childElement, depth + 1));
                }
            }
        }

        return flattened;
    }

    private static bool HasElementChild(INode node)
    {
        var children = node.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement)
            {
                return true;
            }
        }

        return false;
    }
}
