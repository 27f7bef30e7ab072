using System.Text;

namespace Extractor.Rendering;

/// <summary>Markdown: <c># headline</c>, then the dateline and the body blocks.</summary>
internal static class MarkdownRenderer
{
    public static string Render(Article article)
    {
        var builder = new StringBuilder();
        if (article.Headline is not null)
        {
            builder.Append("# ").Append(Escape(article.Headline)).Append("\n\n");
        }

        for (int i = 0; i < article.Blocks.Count; i++)
        {
            var block = article.Blocks[i];
            string text = Escape(block.Text);
            if (i == 0 && article.Dateline is not null)
            {
                text = Escape(article.Dateline.Text) + " " + text;
            }

            switch (block.Kind)
            {
                case BlockKind.Heading:
                    builder.Append('#', Math.Clamp(block.Level, 2, 6)).Append(' ').Append(text);
                    break;
                case BlockKind.ListItem:
                    if (block.Level == 1)
                    {
                        builder.Append((block.Number ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(". ");
                    }
                    else
                    {
                        builder.Append("- ");
                    }

                    builder.Append(text);
                    break;
                case BlockKind.BlockQuote:
                    builder.Append("> ").Append(text);
                    break;
                case BlockKind.Preformatted:
                    builder.Append("```\n").Append(block.Text).Append("\n```");
                    break;
                case BlockKind.TableRow:
                    WriteRow(builder, text, article.Blocks, i);
                    break;
                default:
                    builder.Append(text);
                    break;
            }

            // Consecutive list items form one list, consecutive rows one table.
            bool next = i + 1 < article.Blocks.Count && article.Blocks[i + 1].Kind == block.Kind;
            builder.Append(next && block.Kind is BlockKind.ListItem or BlockKind.TableRow ? "\n" : "\n\n");
        }

        return builder.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>
    /// A row of a pipe table; the first row of a run is its header, followed by the delimiter row, as wide as the
    /// widest row of the run.
    /// </summary>
    private static void WriteRow(StringBuilder builder, string text, IReadOnlyList<Block> blocks, int index)
    {
        string[] cells = TableCells.Split(text);
        int columns = cells.Length;
        bool header = TableCells.OpensTable(blocks, index);
        if (header)
        {
            for (int j = index + 1; j < blocks.Count && blocks[j].Kind == BlockKind.TableRow; j++)
            {
                columns = Math.Max(columns, TableCells.Count(blocks[j].Text));
            }
        }

        builder.Append('|');
        for (int c = 0; c < columns; c++)
        {
            builder.Append(' ').Append(c < cells.Length ? cells[c].Replace("|", "\\|", StringComparison.Ordinal) : string.Empty).Append(" |");
        }

        if (header)
        {
            builder.Append("\n|");
            for (int c = 0; c < columns; c++)
            {
                builder.Append(" --- |");
            }
        }
    }

    private static string Escape(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
