using System.Buffers;
using System.Text;
using AngleSharp.Dom;
using Extractor.Cleaning;

namespace Extractor.Content;

/// <summary>
/// One walk over the cleaned DOM that cuts the page into text blocks (each block-level element's inline runs,
/// whitespace collapsed, links recorded) and records, for every block-level element, the range of blocks it holds
/// and the boilerplate vocabulary's verdict. Text is read once, from the text nodes; nothing is re-read later.
/// </summary>
internal sealed class BlockCollector
{
    private const int MaxDepth = 1000;

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

    private readonly Uri? address;
    private readonly List<TextBlock> blocks = [];
    private readonly List<ContentNode> nodes = [];
    private readonly StringBuilder buffer = new();
    private readonly List<BlockLink> links = [];
    private readonly ClassVerdicts classVerdicts = new();
    private readonly ListNumbering listNumbering = new();
    private ContentNode owner = null!;
    private int linkLength;
    private int anchorDepth;
    private int pageAnchorDepth;
    private int quoteDepth;
    private int captionDepth;
    private int articleDepth;
    private int hiddenDepth;
    private int rowDepth;
    private int preDepth;
    private int breaks;
    private bool endsWithSpace;

    private BlockCollector(Uri? address) => this.address = address;

    /// <summary>The page's blocks in document order and its block-level elements in pre-order (the body first).</summary>
    public static (List<TextBlock> Blocks, List<ContentNode> Nodes) Collect(IElement body, Uri? address)
    {
        var collector = new BlockCollector(address);
        collector.VisitBlock((Element)body, HtmlTags.Kinds.GetValueOrDefault(body.LocalName), null, 0);
        return (collector.blocks, collector.nodes);
    }

    // The walk holds AngleSharp's Element class rather than IElement: its members are called directly, where an
    // interface call on the many element classes of a page goes through a type lookup each time.
    private void VisitBlock(Element element, TagKinds kinds, ContentNode? parent, int depth)
    {
        string tag = element.LocalName;
        int cellMark = EnterBlock(tag);
        var node = new ContentNode(element, parent) { FirstBlock = blocks.Count, InArticle = articleDepth > 0 };
        nodes.Add(node);
        bool attributes = ((IElement)element).Attributes.Length > 0;
        bool standfirst;
        if (parent is null || tag is "article")
        {
            standfirst = attributes && classVerdicts.IsStandfirst(element.GetAttribute("class"));
        }
        else
        {
            node.Flag = BoilerplateClassifier.Judge(element, articleDepth > 0, out standfirst, classVerdicts);
        }

        node.NearestStandfirst = standfirst ? node : parent?.NearestStandfirst;
        bool hidden = node.Flag == BoilerplateVerdict.Hidden;
        hiddenDepth += hidden ? 1 : 0;

        // A headline inside a hidden element (a "republish this article" dialog, a print copy) is not the page's
        // visible headline: it does not vouch for the elements around it.
        if (((kinds & TagKinds.ArticleMarker) != 0 || (attributes && IsArticleLandmark(element))) && hiddenDepth == 0)
        {
            for (var n = node; n is not null && !n.HoldsArticle; n = n.Parent)
            {
                n.HoldsArticle = true;
            }
        }

        bool quote = tag == "blockquote";
        bool caption = (kinds & TagKinds.Caption) != 0;
        bool article = (kinds & TagKinds.ArticleScope) != 0;
        int outerCaptionDepth = captionDepth;
        if ((kinds & TagKinds.FigureContent) != 0)
        {
            // A figure wrapping a table or a quote presents content, not a picture: its cells are no caption.
            captionDepth = 0;
        }

        // A data row is one block: its cells and their paragraphs do not cut it. Preformatted text is one block too.
        bool row = tag == "tr" && rowDepth == 0 && preDepth == 0 && TableRows.IsDataRow(element);
        bool pre = tag == "pre" && rowDepth == 0;
        bool inside = rowDepth > 0 || preDepth > 0;
        quoteDepth += quote ? 1 : 0;
        captionDepth += caption ? 1 : 0;
        articleDepth += article ? 1 : 0;
        rowDepth += row ? 1 : 0;
        preDepth += pre ? 1 : 0;
        var saved = owner;
        owner = inside ? owner : node;
        if (!inside || preDepth > 0 || node.Flag == BoilerplateVerdict.None)
        {
            VisitChildren(element, node, depth);
        }

        rowDepth -= row ? 1 : 0;
        preDepth -= pre ? 1 : 0;
        LeaveBlock(cellMark);
        owner = saved;
        quoteDepth -= quote ? 1 : 0;
        captionDepth = outerCaptionDepth;
        articleDepth -= article ? 1 : 0;
        hiddenDepth -= hidden ? 1 : 0;
        node.EndBlock = blocks.Count;
    }

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

    private void VisitChildren(Element element, ContentNode node, int depth)
    {
        if (depth > MaxDepth || !element.HasChildNodes)
        {
            return;
        }

        // By index: AngleSharp finds a node's NextSibling by searching its parent's children (quadratic over a walk).
        var children = ((INode)element).ChildNodes;
        int count = children.Length;
        for (int i = 0; i < count; i++)
        {
            // The element test first, against AngleSharp's element class: cheaper than an interface test.
            var child = children[i];
            if (child is Element e)
            {
                var kinds = HtmlTags.Kinds.GetValueOrDefault(e.LocalName);
                if ((kinds & TagKinds.Inline) != 0)
                {
                    VisitInline(e, node, depth + 1);
                }
                else
                {
                    VisitBlock(e, kinds, node, depth + 1);
                }
            }
            else if (child is IText text)
            {
                Append(text.Data);
            }
        }
    }

    private void VisitInline(Element element, ContentNode node, int depth)
    {
        string tag = element.LocalName;
        if (tag == "br")
        {
            if (preDepth > 0)
            {
                buffer.Append('\n');
                return;
            }

            if (++breaks >= 2 && rowDepth == 0)
            {
                Flush();
            }
            else
            {
                AppendSpace();
            }

            return;
        }

        if (tag is "img" or "picture")
        {
            // An image between two runs of text separates them ("Updated: May 9, 2024<img>If you ...").
            AppendSpace();
            return;
        }

        // Inside preformatted text classes are highlighting ("hljs-comment", "token share"), not page furniture.
        if (preDepth == 0 && ((IElement)element).Attributes.Length > 0 && tag != "a" && BoilerplateClassifier.IsBoilerplate(element, articleDepth > 0, classVerdicts) && !HoldsBlocks(element))
        {
            AppendSpace();
            return;
        }

        if (tag != "a")
        {
            VisitChildren(element, node, depth);
            return;
        }

        int start = buffer.Length;
        int blockCount = blocks.Count;
        string? href = element.GetAttribute("href");
        bool inPage = href is not null && href.StartsWith('#');
        anchorDepth++;
        pageAnchorDepth += inPage ? 1 : 0;
        VisitChildren(element, node, depth);
        anchorDepth--;
        pageAnchorDepth -= inPage ? 1 : 0;
        if (blockCount == blocks.Count && href is { Length: > 0 } && buffer.Length > start)
        {
            string text = buffer.ToString(start, buffer.Length - start).Trim();
            if (text.Length > 0)
            {
                links.Add(new BlockLink(text, href, address));
            }
        }
    }

    /// <summary>Whether an inline element wraps block-level children (a span around a whole body happens).</summary>
    private static bool HoldsBlocks(IElement element)
    {
        var children = element.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement childElement && !HtmlTags.Inline.Contains(childElement.LocalName))
            {
                return true;
            }
        }

        return false;
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

        return (quoteDepth > 0 ? BlockKind.BlockQuote : BlockKind.Paragraph, 0, null);
    }

    /// <summary>Whether the element's role is "main" or its itemprop "articleBody" (the first attribute of each name
    /// counts, as <see cref="IElement.GetAttribute(string)"/> reads it), in one pass over its attributes.</summary>
    private static bool IsArticleLandmark(IElement element)
    {
        var attributes = element.Attributes;
        bool role = false, itemprop = false;
        for (int i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "role" when !role:
                    role = true;
                    if (string.Equals(attribute.Value, "main", StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }

                    break;
                case "itemprop" when !itemprop:
                    itemprop = true;
                    if (string.Equals(attribute.Value, "articleBody", StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }
}
