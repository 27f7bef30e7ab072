using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Extractor.Metadata;

// Bylines written as lines of text: "By Jane Doe" on a line of its own, a "Written by" label before the element with the
// name, a block of <br> lines, names that are each a link.
internal static partial class BylineReader
{
    /// <summary>The elements a "By X" line is looked for in.</summary>
    private static readonly FrozenSet<string> LineElements = FrozenSet.ToFrozenSet(
        ["p", "span", "div", "address", "li", "strong", "em", "b", "font", "small", "h2", "h3", "h4", "h5", "h6"], StringComparer.Ordinal);

    /// <summary>"By Jane Doe" as a short line of its own, or a "Written by" label followed by an element with the name;
    /// returns how many line elements it counted.</summary>
    private static int ReadByLines(IElement scope, List<string> names, List<ReadScope> read)
    {
        int scanned = 0;
        var walk = new ElementWalker(scope);
        while (walk.MoveNext())
        {
            Element element = walk.Current;
            if (LineElements.Contains(element.LocalName))
            {
                if (++scanned > MaxElementsScanned)
                {
                    return Limited;
                }

                if (ReadByLine(element, names))
                {
                    return scanned;
                }
            }

            if (Earlier(read, element) is { } earlier)
            {
                walk.SkipChildren();
                if (earlier.Lines == Limited || (scanned += earlier.Lines) > MaxElementsScanned)
                {
                    return Limited;
                }
            }
        }

        return scanned;
    }

    /// <summary>Reads one line element; true when it gave a name.</summary>
    private static bool ReadByLine(Element element, List<string> names)
    {
        // Cheap tests first: a line that cannot start with a by-line prefix, or is too long, is passed over unread;
        // a block of <br> lines is read line by line below, when it is short enough.
        if (element.ChildElementCount > 3)
        {
            return false;
        }

        // A single line gives a name only when its text starts with a prefix: its first characters tell, unbuilt. Most
        // lines fail here, before their length is counted.
        bool lines = HasBreakChild(element);
        if (!lines)
        {
            Span<char> head = stackalloc char[AuthorNames.LongestPrefix];
            int length = VisibleText.Head(element, head, out bool complete);
            if (!AuthorNames.MayHavePrefix(head[..length], complete))
            {
                return false;
            }
        }

        if (lines ? VisibleText.CertainlyNot(element, 300, AnyCharacter) : VisibleText.CertainlyNot(element, 60, AuthorNames.MayStartWithPrefix))
        {
            return false;
        }

        string? text = VisibleText.Spaced(element);
        if (text is { Length: > 60 and <= 300 } && lines)
        {
            // A short block of lines ("Posted: ...<br>By Jane Doe, Staff Writer"): the byline is one of them.
            text = VisibleText.Lines(element).FirstOrDefault(l => l.Length <= 60 && AuthorNames.StripPrefix(l).Length < l.Length);
        }

        if (text is not { Length: > 1 and <= 60 })
        {
            return false;
        }

        string stripped = AuthorNames.StripPrefix(text);
        if (stripped.Length == text.Length)
        {
            return false;
        }

        // A label alone ("Written by"): the name is the first text of the element after it. So too when the label is
        // the line's first child ("<h2>Article by</h2><div>Jane Doe</div><button>Subscribe</button>").
        bool labelled = false;
        if (stripped.Length == 0 && FirstTextAfter(element) is { } nextText)
        {
            (stripped, labelled) = (nextText, true);
        }
        else if (LabelInside(element) is { } label && FirstTextAfter(label) is { } afterLabel)
        {
            (stripped, labelled) = (afterLabel, true);
        }

        // The name after the prefix is capitalised, or a single handle after a label or "by" ("by cassidoo"), so prose
        // such as "by the way" or "Author names and affiliations" is passed over.
        if (stripped.Length > 0 && (char.IsUpper(stripped[0])
            || (!stripped.Contains(' ', StringComparison.Ordinal) && (labelled || IntroducesHandle(text.AsSpan(0, text.Length - stripped.Length))))))
        {
            if (LinkedNames(element, stripped) is { } linked)
            {
                linked.ForEach(name => AddFrom(names, name));
            }
            else
            {
                AddFrom(names, stripped);
            }

            return names.Count > 0;
        }

        return false;
    }

    /// <summary>The element inside a byline line that holds its first text when that text is a label alone
    /// ("&lt;h2&gt;Article by&lt;/h2&gt;"), and elements follow it; else null.</summary>
    private static IElement? LabelInside(Element line)
    {
        IText? first = line.Descendants<IText>().FirstOrDefault(t => Text.Clean(t.Data) is not null);
        return first?.ParentElement is { } label && !ReferenceEquals(label, line) && label.NextElementSibling is not null
            && AuthorNames.IsPrefixAlone(first.Data) && VisibleText.Spaced(label) is { } labelText && AuthorNames.IsPrefixAlone(labelText)
            ? label
            : null;
    }

    /// <summary>Whether the prefix before a lower-case handle is a "by" or ends with a colon ("Author: jdoe"), as a
    /// byline writes it, rather than a noun starting a phrase ("Author names").</summary>
    private static bool IntroducesHandle(ReadOnlySpan<char> prefix)
    {
        ReadOnlySpan<char> words = prefix.TrimEnd();
        return words.EndsWith("by", StringComparison.OrdinalIgnoreCase) || words.EndsWith(':');
    }

    /// <summary>The first text of the element after <paramref name="label"/>, when it is short enough for a name.</summary>
    private static string? FirstTextAfter(IElement label) =>
        label.NextElementSibling?.Descendants<IText>().Select(t => Text.Clean(t.Data)).FirstOrDefault(t => t is not null) is { Length: <= 60 } text
            ? text
            : null;

    /// <summary>
    /// The link texts of a byline whose names are each a link and nothing else ("Written by: &lt;li&gt;&lt;a&gt;Jane
    /// Doe&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a&gt;John Roe&lt;/a&gt;&lt;/li&gt;", which reads as one run of words), or null
    /// when the names are not all links.
    /// </summary>
    private static List<string>? LinkedNames(Element element, string names)
    {
        var texts = new List<string>();
        foreach (IElement link in element.QuerySelectorAll("a"))
        {
            if (VisibleText.Spaced(link) is { Length: > 0 } text)
            {
                texts.Add(text);
            }
        }

        return texts.Count > 1 && string.Equals(string.Join(' ', texts), names, StringComparison.Ordinal) ? texts : null;
    }

    private static bool AnyCharacter(char c) => true;

    private static bool HasBreakChild(Element element)
    {
        // By index: AngleSharp finds NextSibling by searching the parent's children.
        INodeList children = ((INode)element).ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            if (children[i] is Element { LocalName: "br" })
            {
                return true;
            }
        }

        return false;
    }
}
