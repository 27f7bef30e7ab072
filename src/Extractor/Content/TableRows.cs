using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Extractor.Content;

/// <summary>
/// Tells a row of a data table, read as one <see cref="BlockKind.TableRow"/> block ("Region | Average price | Change"),
/// from a row of a layout table, whose cells hold a page's columns and are read block by block: a data row has two
/// or more cells, short text, and in its cells nothing but phrasing and a few simple blocks (paragraphs, divisions,
/// lists, headings), no table, quotation or code of their own.
/// </summary>
internal static class TableRows
{
    /// <summary>What separates the cells in a row's text.</summary>
    public const string CellSeparator = " | ";

    /// <summary>Text of a longer row is a page's columns, not a row of data.</summary>
    public const int MaxRowLength = 1500;

    /// <summary>A cell of more blocks than this is a column of a layout.</summary>
    public const int MaxBlocksPerCell = 4;

    private const int MaxDepth = 32;

    /// <summary>Elements a data cell may hold besides phrasing: they read as spaces between the cell's words.</summary>
    public static readonly FrozenSet<string> CellBlocks = FrozenSet.ToFrozenSet(
        ["p", "div", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "center", "header", "footer"]);

    /// <summary>Whether <paramref name="row"/> (a <c>tr</c>) is a row of a data table.</summary>
    public static bool IsDataRow(IElement row)
    {
        int cells = 0;
        int length = 0;
        for (var cell = row.FirstElementChild; cell is not null; cell = cell.NextElementSibling)
        {
            if (cell.LocalName is not ("td" or "th"))
            {
                continue;
            }

            cells++;
            int blocks = 0;
            if (!Fits(cell, ref blocks, ref length, 0))
            {
                return false;
            }
        }

        return cells >= 2;
    }

    private static bool Fits(INode node, ref int blocks, ref int length, int depth)
    {
        var children = node.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText text)
            {
                length += text.Data.Length;
                if (length > MaxRowLength)
                {
                    return false;
                }
            }
            else if (child is IElement element)
            {
                string name = element.LocalName;
                if (name == "svg")
                {
                    continue; // an icon (a tick in a comparison table)
                }

                if (!HtmlTags.Inline.Contains(name) && (!CellBlocks.Contains(name) || ++blocks > MaxBlocksPerCell))
                {
                    return false;
                }

                if (depth >= MaxDepth || !Fits(element, ref blocks, ref length, depth + 1))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
