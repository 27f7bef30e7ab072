using System.Buffers;
using AngleSharp.Dom;

namespace Extractor.Content;

// The text side of the walk: where blocks start and end, whitespace collapsed as the page shows it (or kept as written
// in preformatted text, or joined into one row across table cells), and a finished block's kind.
internal sealed partial class BlockCollector
{
    /// <summary>The characters <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    /// <summary>The characters <see cref="char.IsWhiteSpace(char)"/> accepts but the plain space.</summary>
    private static readonly SearchValues<char> WhitespaceButSpace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c)).ToArray());

    /// <summary>
    /// Characters that show nothing and, at the edge of a block, join or break nothing: zero-width space, zero-width
    /// non-joiner and joiner, word joiner, byte order mark, soft hyphen. Editors leave them around paragraphs (a
    /// paragraph of a lone zero-width joiner is common); a block is trimmed of them, and one of nothing else is no
    /// block. Inside text they stay (Thai marks word breaks with them, Persian and emoji sequences need the joiners).
    /// </summary>
    private static readonly SearchValues<char> Invisible = SearchValues.Create("\u200B\u200C\u200D\u2060\uFEFF\u00AD");

    /// <summary>
    /// Where a block-level element starts: a new block, except inside a data row (a cell opens with the " | " between
    /// cells, any other element with a space) or preformatted text (a line break). Returns where the cell's text
    /// starts (-1 for no cell), for <see cref="LeaveBlock"/> to take back the separator of a cell left empty.
    /// </summary>
    private int EnterBlock(string tag)
    {
        if (preDepth > 0)
        {
            AppendLineBreak();
            return -1;
        }

        if (rowDepth == 0)
        {
            Flush();
            return -1;
        }

        if (tag is not ("td" or "th"))
        {
            AppendSpace();
            return -1;
        }

        if (buffer.Length > 0)
        {
            if (endsWithSpace)
            {
                buffer.Length--;
            }

            buffer.Append(TableRows.CellSeparator);
            endsWithSpace = true;
        }

        return buffer.Length;
    }

    private void LeaveBlock(int cellMark)
    {
        if (preDepth > 0)
        {
            AppendLineBreak();
        }
        else if (rowDepth == 0)
        {
            Flush();
        }
        else if (cellMark >= TableRows.CellSeparator.Length && buffer.Length == cellMark && buffer[cellMark - 2] == '|')
        {
            buffer.Length = cellMark - TableRows.CellSeparator.Length; // an empty cell: no separator for it
            endsWithSpace = false;
        }
        else
        {
            AppendSpace();
        }
    }

    private void AppendLineBreak()
    {
        if (buffer.Length > 0 && buffer[^1] != '\n')
        {
            buffer.Append('\n');
        }
    }

    /// <summary>Appends a text node's words, each run of whitespace read as one space. Words joined by single spaces
    /// are appended as one piece, found with three vector searches rather than one search per word.</summary>
    private void Append(string text)
    {
        if (preDepth > 0)
        {
            AppendAsWritten(text);
            return;
        }

        // The index of the first whitespace other than a plain space at or after the current piece (text.Length when
        // none): searched again only once a piece starts past it, so that a node is searched through once.
        int other = -1;
        int i = 0;
        if (buffer.Length > 0 && !endsWithSpace && text.Length > 0 && IsWordsJoinedAcrossElements(buffer[^1], text[0]))
        {
            AppendSpace();
        }

        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                AppendSpace();
                int rest = text.AsSpan(++i).IndexOfAnyExcept(Whitespace);
                i = rest < 0 ? text.Length : i + rest;
                continue;
            }

            int start = i;
            if (other < start)
            {
                int next = text.AsSpan(start).IndexOfAny(WhitespaceButSpace);
                other = next < 0 ? text.Length : start + next;
            }

            // Up to 'other' the only whitespace is the plain space: the piece ends at the first of two spaces, or at a
            // space right before 'other' (followed by other whitespace or the end), or at 'other' itself.
            var head = text.AsSpan(start, other - start);
            int end = head.IndexOf("  ", StringComparison.Ordinal);
            if (end < 0)
            {
                end = head[^1] == ' ' ? head.Length - 1 : head.Length;
            }

            i = start + end;
            buffer.Append(text, start, end);
            endsWithSpace = false;
            breaks = 0;
            if (anchorDepth > pageAnchorDepth)
            {
                linkLength += end - head[..end].Count(' ');
            }
        }
    }

    /// <summary>
    /// Whether the text of one element and the next one's, with no space between them, are two words: a lower-case
    /// letter before a capital ("control&lt;/span&gt;&lt;span&gt;Meditation", "security&lt;strong&gt;Cons:") or a
    /// letter before a digit ("Prep Time&lt;/span&gt;&lt;span&gt;2 hrs"). The page sets them apart by its styling (a
    /// label, a block or flex item, a line of its own). Inside one text node the pair is a word's own ("iPhone",
    /// "CO2"); so are a sub- or superscript's digits ("CO&lt;sub&gt;2&lt;/sub&gt;", "m&lt;sup&gt;2&lt;/sup&gt;", a
    /// footnote's number) and a digit before letters ("5&lt;sup&gt;th&lt;/sup&gt;").
    /// </summary>
    private bool IsWordsJoinedAcrossElements(char before, char after) =>
        (char.IsLower(before) && char.IsUpper(after))
        || (scriptDepth == 0 && char.IsLetter(before) && char.IsAsciiDigit(after));

    /// <summary>Preformatted text: every character as written (links count their letters).</summary>
    private void AppendAsWritten(string text)
    {
        buffer.Append(text);
        endsWithSpace = text.Length > 0 && char.IsWhiteSpace(text[^1]);
        breaks = 0;
        if (anchorDepth > pageAnchorDepth)
        {
            linkLength += text.Length - text.AsSpan().Count(' ');
        }
    }

    private void AppendSpace()
    {
        if (buffer.Length > 0 && !endsWithSpace)
        {
            buffer.Append(' ');
            endsWithSpace = true;
        }
    }

    private void Flush()
    {
        breaks = 0;
        var (start, end) = buffer.Length > 0 && owner.Element.LocalName == "pre" ? PreformattedEdges() : Edges();

        if (end > start)
        {
            var (kind, level, number) = KindOf(owner);
            int length = end - start;
            blocks.Add(new TextBlock(blocks.Count, kind, level, number, buffer.ToString(start, length), Math.Min(linkLength, length), links.Count == 0 ? [] : links.ToArray(), owner, captionDepth > 0));
        }

        buffer.Clear();
        endsWithSpace = false;
        links.Clear();
        linkLength = 0;
    }

    /// <summary>
    /// The buffer without the blank lines before preformatted text and the whitespace after it; the first line keeps
    /// its indentation.
    /// </summary>
    private (int Start, int End) PreformattedEdges()
    {
        int end = buffer.Length;
        while (end > 0 && (char.IsWhiteSpace(buffer[end - 1]) || Invisible.Contains(buffer[end - 1])))
        {
            end--;
        }

        int start = 0;
        for (int i = 0; i < end && char.IsWhiteSpace(buffer[i]); i++)
        {
            start = buffer[i] == '\n' ? i + 1 : start;
        }

        return (start, end);
    }

    /// <summary>The buffer without the <see cref="IsEdgeFiller"/> characters at its edges.</summary>
    private (int Start, int End) Edges()
    {
        int start = 0;
        int end = buffer.Length;
        while (start < end && IsEdgeFiller(buffer[start]))
        {
            start++;
        }

        while (end > start && IsEdgeFiller(buffer[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>A space (outside preformatted text the buffer holds no other whitespace) or an <see cref="Invisible"/> character.</summary>
    private static bool IsEdgeFiller(char c) => c == ' ' || Invisible.Contains(c);

    private (BlockKind Kind, int Level, int? Number) KindOf(ContentNode node)
    {
        var element = node.Element;
        string tag = element.LocalName;
        if (tag is "pre" or "tr")
        {
            return (tag == "pre" ? BlockKind.Preformatted : BlockKind.TableRow, 0, null);
        }

        if (tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6')
        {
            return (BlockKind.Heading, tag[1] - '0', null);
        }

        if (tag == "li")
        {
            return node.Parent?.Element is { LocalName: "ol" } list
                ? (BlockKind.ListItem, 1, listNumbering.NumberOf(element, list))
                : (BlockKind.ListItem, 0, null);
        }

        // A list item's text set in paragraphs (<li><p>, as Markdown and AsciiDoc write loose lists): the first
        // paragraph is the item, with its number; the ones after it continue the item.
        if (tag == "p" && node.Parent is { Element: { LocalName: "li" } item } itemNode
            && item.FirstElementChild == element && !HasTextBefore(item))
        {
            return itemNode.Parent?.Element is { LocalName: "ol" } ordered
                ? (BlockKind.ListItem, 1, listNumbering.NumberOf(item, ordered))
                : (BlockKind.ListItem, 0, null);
        }

        return (quoteDepth > 0 ? BlockKind.BlockQuote : BlockKind.Paragraph, 0, null);
    }

    /// <summary>Whether a text node with more than whitespace stands before the item's first element.</summary>
    private static bool HasTextBefore(IElement item) => HoldsWords(item.ChildNodes, beforeFirstElement: true);
}
