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
        // Most bylines are one text node: its text is the whole of it, built only when a second one follows.
        string? only = null;
        System.Text.StringBuilder? builder = null;
        var walk = new TextWalker(element, stackalloc int[16]);
        while (walk.MoveNext())
        {
            string data = walk.Current.Data;
            if (builder is not null)
            {
                builder.Append(' ').Append(data);
            }
            else if (only is null)
            {
                only = data;
            }
            else
            {
                builder = new System.Text.StringBuilder(only.Length + data.Length + 16).Append(only).Append(' ').Append(data);
            }
        }

        return Text.Clean(builder?.ToString() ?? only);
    }

    /// <summary>
    /// Whether <see cref="Spaced"/> of the element, without building it, certainly starts with a character that
    /// <paramref name="mayStart"/> rejects or is certainly longer than <paramref name="maxLength"/>. Cleaning keeps
    /// every non-whitespace character of the text nodes, in order, except where it decodes an entity: a run from an
    /// <c>&amp;</c> to the next <c>;</c>, which is not counted (an <c>&amp;</c> first makes the answer "not certain").
    /// Reads the text nodes in document order (a <see cref="TextWalker"/>, by child index) and stops as soon as it knows, so a large element
    /// costs no more than a small one.
    /// </summary>
    public static bool CertainlyNot(IElement element, int maxLength, Func<char, bool> mayStart)
    {
        int count = 0;
        var entity = Entity.None;
        var walk = new TextWalker(element, stackalloc int[16]);
        while (walk.MoveNext())
        {
            IText text = walk.Current;
            foreach (char c in text.Data)
            {
                // Decoding replaces an entity and copies every other character: only those count. An entity is '&', a
                // name of letters and digits or '#' and a number, then ';'; a character that cannot be part of one ends it.
                if (entity != Entity.None)
                {
                    entity = c switch
                    {
                        ';' => Entity.None,
                        '&' => Entity.Start,
                        '#' when entity == Entity.Start => Entity.Number,
                        _ when char.IsAsciiLetterOrDigit(c) => entity == Entity.Start ? Entity.Name : entity,
                        '+' or '-' when entity == Entity.Number => entity,
                        _ when entity == Entity.Number && char.IsWhiteSpace(c) => entity,
                        _ => Entity.Gone,
                    };
                    if (entity != Entity.Gone)
                    {
                        continue;
                    }

                    entity = Entity.None;
                }

                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                if (c == '&')
                {
                    if (count == 0)
                    {
                        return false;
                    }

                    entity = Entity.Start;
                    continue;
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

    /// <summary>
    /// The start of <see cref="Spaced"/> of the element, lower-cased, without building it: written into
    /// <paramref name="head"/> as far as it is certain, and the number of characters written returned. It stops when
    /// <paramref name="head"/> is full, when the text ends (<paramref name="complete"/> is then true), or before an
    /// <c>&amp;</c> (cleaning may decode an entity there) or a character outside ASCII (its lower case is left to the
    /// full reading). Cleaning trims the text and turns each run of whitespace, and each boundary between text nodes,
    /// into one space; so does this.
    /// </summary>
    public static int Head(IElement element, Span<char> head, out bool complete)
    {
        complete = false;
        int count = 0;
        bool space = false;
        var walk = new TextWalker(element, stackalloc int[16]);
        while (walk.MoveNext())
        {
            IText text = walk.Current;
            space |= count > 0;
            foreach (char c in text.Data)
            {
                if (char.IsWhiteSpace(c))
                {
                    space |= count > 0;
                    continue;
                }

                if (c == '&' || !char.IsAscii(c))
                {
                    return count;
                }

                if (space)
                {
                    if (count == head.Length)
                    {
                        return count;
                    }

                    head[count++] = ' ';
                    space = false;
                }

                if (count == head.Length)
                {
                    return count;
                }

                head[count++] = char.ToLowerInvariant(c);
            }
        }

        complete = true;
        return count;
    }

    /// <summary>Where <see cref="CertainlyNot"/> stands in what may be an entity: after '&amp;', in a name, in a number;
    /// or past a character that shows it is none.</summary>
    private enum Entity
    {
        None,
        Start,
        Name,
        Number,
        Gone,
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

    /// <summary>
    /// A heading's text: a space where a breaking element falls, and where one element's text ending in a lower-case
    /// letter meets the next one's starting with a capital ("The Best Notion Alternatives&lt;span&gt;Top Tools", a
    /// subtitle set in a span), as the body's text reads it.
    /// </summary>
    public static string? Of(IElement element)
    {
        if (element.ChildNodes is [IText only])
        {
            return Text.Clean(only.Data);
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
                if (builder.Length > 0 && text.Data.Length > 0 && char.IsLower(builder[^1]) && char.IsUpper(text.Data[0]))
                {
                    builder.Append(' ');
                }

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
        // By index: AngleSharp finds PreviousSibling by searching the parent's children, quadratic over many children.
        INodeList children = node.ChildNodes;
        for (int i = children.Length - 1; i >= 0; i--)
        {
            pending.Push((children[i], depth));
        }
    }
}
