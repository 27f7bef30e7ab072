using System.Net;
using System.Text;

namespace Extractor.Rendering;

/// <summary>A clean HTML fragment: one <c>&lt;article&gt;</c> with the headline, dateline and body blocks.</summary>
internal static class HtmlRenderer
{
    public static string Render(Article article)
    {
        var builder = new StringBuilder("<article");
        if (article.Language is not null)
        {
            builder.Append(" lang=\"").Append(WebUtility.HtmlEncode(article.Language)).Append('"');
        }

        builder.Append(">\n");
        if (article.Headline is not null)
        {
            builder.Append("<h1>").Append(WebUtility.HtmlEncode(article.Headline)).Append("</h1>\n");
        }

        bool inList = false;
        for (int i = 0; i < article.Blocks.Count; i++)
        {
            var block = article.Blocks[i];
            bool isItem = block.Kind == BlockKind.ListItem;
            if (isItem && !inList)
            {
                OpenList(builder, block, i + 1 < article.Blocks.Count ? article.Blocks[i + 1] : null);
            }

            string text = WebUtility.HtmlEncode(block.Text);
            if (i == 0 && article.Dateline is not null)
            {
                text = "<span class=\"dateline\">" + WebUtility.HtmlEncode(article.Dateline.Text) + "</span> " + text;
            }

            if (block.Kind == BlockKind.TableRow)
            {
                WriteRow(builder, text, article.Blocks, i);
                continue;
            }

            string tag = block.Kind switch
            {
                BlockKind.Heading => "h" + Math.Clamp(block.Level, 2, 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
                BlockKind.ListItem => "li",
                BlockKind.BlockQuote => "blockquote",
                BlockKind.Preformatted => "pre",
                _ => "p",
            };
            builder.Append('<').Append(tag).Append('>').Append(text).Append("</").Append(tag).Append(">\n");

            // The next item goes on the same list when both are ordered or both are not.
            bool nextIsItem = i + 1 < article.Blocks.Count && article.Blocks[i + 1] is { Kind: BlockKind.ListItem } next
                && (next.Level == 1) == (block.Level == 1);
            if (isItem && !nextIsItem)
            {
                builder.Append(block.Level == 1 ? "</ol>\n" : "</ul>\n");
            }

            inList = isItem && nextIsItem;
        }

        return builder.Append("</article>\n").ToString();
    }

    /// <summary>A table row, its cells as written; a run of rows is one table.</summary>
    private static void WriteRow(StringBuilder builder, string text, IReadOnlyList<Block> blocks, int index)
    {
        if (TableCells.OpensTable(blocks, index))
        {
            builder.Append("<table>\n");
        }

        builder.Append("<tr>");
        foreach (string cell in TableCells.Split(text))
        {
            builder.Append("<td>").Append(cell).Append("</td>");
        }

        builder.Append("</tr>\n");
        if (TableCells.ClosesTable(blocks, index))
        {
            builder.Append("</table>\n");
        }
    }

    /// <summary>
    /// <c>&lt;ul&gt;</c>, or <c>&lt;ol&gt;</c> with the <c>start</c> of its first item when that is not 1 and
    /// <c>reversed</c> when the next item counts down.
    /// </summary>
    private static void OpenList(StringBuilder builder, Block first, Block? next)
    {
        if (first.Level != 1)
        {
            builder.Append("<ul>\n");
            return;
        }

        int number = first.Number ?? 1;
        builder.Append("<ol");
        if (next is { Kind: BlockKind.ListItem, Number: int following } && following < number)
        {
            builder.Append(" reversed");
        }

        if (number != 1)
        {
            builder.Append(" start=\"").Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('"');
        }

        builder.Append(">\n");
    }
}
