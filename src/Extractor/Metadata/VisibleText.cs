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
    public static string? Spaced(IElement element) =>
        Text.Clean(string.Join(' ', element.Descendants<IText>().Select(t => t.Data)));

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

    private static void Append(INode node, System.Text.StringBuilder builder, int depth)
    {
        foreach (INode child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement element && depth < 32)
            {
                bool breaks = Breaking.Contains(element.LocalName);
                if (breaks)
                {
                    builder.Append(' ');
                }

                Append(element, builder, depth + 1);
                if (breaks)
                {
                    builder.Append(' ');
                }
            }
        }
    }
}
