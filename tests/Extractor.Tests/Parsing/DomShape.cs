using AngleSharp.Dom;

namespace Extractor.Tests.Parsing;

/// <summary>Measures a parsed document without recursion: the deepest element and the number of elements.</summary>
internal static class DomShape
{
    public static (int Depth, int Elements) Measure(IDocument document)
    {
        int deepest = 0;
        int count = 0;
        var pending = new Stack<(IElement Element, int Depth)>();
        if (document.DocumentElement is { } root)
        {
            pending.Push((root, 1));
        }

        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            count++;
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children)
            {
                pending.Push((child, depth + 1));
            }

            if (element is AngleSharp.Html.Dom.IHtmlTemplateElement template)
            {
                foreach (var child in template.Content.Children)
                {
                    pending.Push((child, depth + 1));
                }
            }
        }

        return (deepest, count);
    }
}
