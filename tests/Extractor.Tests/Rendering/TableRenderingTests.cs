namespace Extractor.Tests.Rendering;

/// <summary>Markdown and HTML write a run of table rows as one table.</summary>
public sealed class TableRenderingTests
{
    private static readonly Article Prices = new()
    {
        Blocks =
        [
            new Block(BlockKind.Paragraph, "Prices by region:"),
            new Block(BlockKind.TableRow, "Region | Price"),
            new Block(BlockKind.TableRow, "South East | $372,400 | -4.1%"),
            new Block(BlockKind.TableRow, "A|B | 1"),
            new Block(BlockKind.Paragraph, "Source: Land Registry."),
        ],
    };

    [Fact]
    public void Markdown_writes_a_pipe_table_with_a_header_as_wide_as_its_widest_row()
    {
        Assert.Equal(
            "Prices by region:\n\n| Region | Price |  |\n| --- | --- | --- |\n| South East | $372,400 | -4.1% |\n| A\\|B | 1 |\n\nSource: Land Registry.\n",
            Prices.ToMarkdown());
    }

    [Fact]
    public void Html_writes_one_table_with_a_cell_for_each_cell()
    {
        Assert.Contains(
            "<p>Prices by region:</p>\n<table>\n<tr><td>Region</td><td>Price</td></tr>\n<tr><td>South East</td><td>$372,400</td><td>-4.1%</td></tr>\n"
            + "<tr><td>A|B</td><td>1</td></tr>\n</table>\n<p>Source: Land Registry.</p>",
            Prices.ToHtml(),
            StringComparison.Ordinal);
    }
}
