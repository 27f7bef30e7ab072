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

    /// <summary>
    /// Whether <see cref="Spaced"/> of the element is certainly longer than <paramref name="length"/>: its text nodes
    /// hold more non-whitespace characters than that (cleaning keeps every one of them unless there are entities to
    /// decode, so with an <c>&amp;</c> the answer is "not certain"). Stops reading as soon as it knows, so a large
    /// element costs no more than a small one.
    /// </summary>
    public static bool IsCertainlyLongerThan(IElement element, int length)
    {
        int count = 0;
        foreach (IText text in element.Descendants<IText>())
        {
            foreach (char c in text.Data)
            {
                if (c == '&')
                {
                    return false;
                }

                if (!char.IsWhiteSpace(c) && ++count > length)
                {
                    return true;
                }
            }
        }

        return false;
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
