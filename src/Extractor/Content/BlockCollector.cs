using System.Text;
using AngleSharp.Dom;
using Extractor.Cleaning;

namespace Extractor.Content;

/// <summary>
/// One walk over the cleaned DOM that cuts the page into text blocks (each block-level element's inline runs,
/// whitespace collapsed, links recorded) and records, for every block-level element, the range of blocks it holds
/// and the boilerplate vocabulary's verdict. Text is read once, from the text nodes; nothing is re-read later.
/// </summary>
internal sealed partial class BlockCollector
{
    private const int MaxDepth = 1000;

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

    /// <summary>How many sub- and superscripts the walk is inside: their digits belong to the word before.</summary>
    private int scriptDepth;
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

    private void VisitChildren(Element element, ContentNode node, int depth)
    {
        if (depth > MaxDepth || !element.HasChildNodes)
        {
            return;
        }

        // By index: AngleSharp finds a node's NextSibling by searching its parent's children (quadratic over a walk).
        var children = ((INode)element).ChildNodes;
        int count = children.Length;
        bool? words = null; // whether the children hold text of their own, read once, when a custom element asks
        for (int i = 0; i < count; i++)
        {
            // The element test first, against AngleSharp's element class: cheaper than an interface test.
            var child = children[i];
            if (child is Element e)
            {
                var kinds = HtmlTags.Kinds.GetValueOrDefault(e.LocalName);
                if ((kinds & TagKinds.Inline) != 0 || (kinds == TagKinds.None && e.LocalName.Contains('-', StringComparison.Ordinal) && (words ??= HoldsWords(children))))
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
            bool script = tag is "sub" or "sup";
            scriptDepth += script ? 1 : 0;
            VisitChildren(element, node, depth);
            scriptDepth -= script ? 1 : 0;
            return;
        }

        if (preDepth > 0 && CodeControls.IsControl(element))
        {
            return;
        }

        int start = buffer.Length;
        int blockCount = blocks.Count;
        string? href = element.GetAttribute("href");
        bool inPage = href is not null && href.StartsWith('#');
        if (inPage && IsPermalink(element, href))
        {
            AppendSpace();
            return;
        }

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

    /// <summary>
    /// A section's permalink that reads as its own target, hash and all (<c>&lt;a href="#section3"&gt;#section3&lt;/a&gt;</c>
    /// after a subheading's text): an address, not a word of the text. "See the <c>&lt;a href="#glossary"&gt;</c>glossary"
    /// is a word.
    /// </summary>
    private static bool IsPermalink(Element link, string? href)
    {
        // Read the text only when it starts with the hash: most links into the page are contents entries and buttons.
        if (href is not { Length: > 1 } || ((INode)link).FirstChild is not IText { Data: var data }
            || !data.AsSpan().TrimStart().StartsWith('#'))
        {
            return false;
        }

        return link.TextContent.AsSpan().Trim().SequenceEqual(href);
    }

    /// <summary>
    /// Whether the nodes hold words of their own (a text node that is not blank): a custom element (a name with a
    /// hyphen, "hl-trusted-source") among them is then phrasing, wrapping words of the sentence ("A
    /// &lt;x-source&gt;&lt;a&gt;large study&lt;/a&gt;&lt;/x-source&gt; from 2017 found"), as a browser shows an element
    /// it has no style for; among elements only it is a component's box and starts a block. With
    /// <paramref name="beforeFirstElement"/>, only the nodes before the first element count. Read by index: AngleSharp
    /// finds a sibling by searching the parent's children.
    /// </summary>
    private static bool HoldsWords(INodeList nodes, bool beforeFirstElement = false)
    {
        for (int i = 0; i < nodes.Length && !(beforeFirstElement && nodes[i] is IElement); i++)
        {
            if (nodes[i] is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return true;
            }
        }

        return false;
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
