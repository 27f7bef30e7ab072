using Extractor.Content;
using Extractor.Parsing;

namespace Extractor.Tests.Content;

/// <summary>A row of a data table is one block, its cells joined by " | "; the cells of a layout table are read as blocks.</summary>
public sealed class TableRowTests
{
    [Fact]
    public void A_data_row_is_one_table_row_block_with_its_cells_in_order()
    {
        var blocks = Collect("<table><thead><tr><th>Region</th><th>Average price</th></tr></thead>"
            + "<tbody><tr><td>South East</td><td><p>£372,400</p></td></tr></tbody></table>");

        Assert.Equal([(BlockKind.TableRow, "Region | Average price"), (BlockKind.TableRow, "South East | £372,400")], blocks);
    }

    [Fact]
    public void Empty_cells_leave_no_separator_behind()
    {
        Assert.Equal([(BlockKind.TableRow, "Plan | Price")], Collect("<table><tr><td> </td><td>Plan</td><td></td><td>Price</td><td><img src=x></td></tr></table>"));
    }

    [Fact]
    public void Breaks_and_paragraphs_inside_a_cell_do_not_cut_the_row()
    {
        Assert.Equal(
            [(BlockKind.TableRow, "Editing line one line two | $500 to $2,000")],
            Collect("<table><tr><td>Editing<br><br>line one<p>line two</p></td><td><div>$500</div> to $2,000</td></tr></table>"));
    }

    [Fact]
    public void Boilerplate_inside_a_cell_is_left_out_of_the_row()
    {
        Assert.Equal(
            [(BlockKind.TableRow, "Hoka Speedgoat | $155")],
            Collect("<table><tr><td>Hoka Speedgoat<div class=\"share-buttons\">Share on Facebook</div></td><td>$155</td></tr></table>"));
    }

    [Fact]
    public void A_lone_cell_is_read_as_a_paragraph()
    {
        Assert.Equal([(BlockKind.Paragraph, "Just one cell of text.")], Collect("<table><tr><td>Just one cell of text.</td></tr></table>"));
    }

    [Theory]
    [InlineData("<table><tr><td><table><tr><td>inner a</td><td>inner b</td></tr></table></td><td>side</td></tr></table>")]
    [InlineData("<table><tr><td><p>one</p><p>two</p><p>three</p><p>four</p><p>five</p></td><td>side</td></tr></table>")]
    [InlineData("<table><tr><td><blockquote>quoted</blockquote></td><td>side</td></tr></table>")]
    public void A_layout_row_is_read_block_by_block(string html)
    {
        Assert.Contains((BlockKind.Paragraph, "side"), Collect(html));
    }

    [Fact]
    public void A_row_longer_than_the_limit_is_layout()
    {
        string column = string.Join(' ', Enumerable.Repeat("word", (TableRows.MaxRowLength / 5) + 1));

        var blocks = Collect($"<table><tr><td>{column}</td><td>sidebar</td></tr></table>");

        Assert.Equal([(BlockKind.Paragraph, column), (BlockKind.Paragraph, "sidebar")], blocks);
    }

    private static (BlockKind Kind, string Text)[] Collect(string body)
    {
        using var document = HtmlDocumentLoader.Load($"<html><body>{body}</body></html>");
        var (blocks, _) = BlockCollector.Collect(document.Body!, null);
        return blocks.Select(b => (b.Kind, b.Text)).ToArray();
    }
}
