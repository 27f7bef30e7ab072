using Extractor.Content;
using Extractor.Parsing;

namespace Extractor.Tests.Content;

/// <summary>Ordered list items carry the number a reader sees, as HTML counts them.</summary>
public sealed class ListNumberingTests
{
    [Fact]
    public void Items_count_from_one_and_unordered_items_have_no_number()
    {
        Assert.Equal(
            [("Mix.", 1), ("Bake.", 2), ("Serve.", 3), ("Salt", null), ("Pepper", null)],
            Numbers("<ol><li>Mix.</li><li>Bake.</li><li>Serve.</li></ol><ul><li>Salt</li><li>Pepper</li></ul>"));
    }

    [Fact]
    public void A_list_continued_after_a_figure_with_start_goes_on_counting()
    {
        Assert.Equal(
            [("Cleanser", 1), ("Picture of a toner.", null), ("Toner", 2), ("Serum", 3)],
            Numbers("<ol><li>Cleanser</li></ol><figure><figcaption>Picture of a toner.</figcaption></figure>"
                + "<ol start=\"2\"><li>Toner</li><li>Serum</li></ol>"));
    }

    [Fact]
    public void An_item_value_resets_the_count_for_the_items_after_it()
    {
        Assert.Equal(
            [("a", 1), ("b", 10), ("c", 11), ("d", 4), ("e", 5)],
            Numbers("<ol><li>a</li><li value=\"10\">b</li><li>c</li><li value=\"4\">d</li><li>e</li></ol>"));
    }

    [Fact]
    public void A_reversed_list_counts_down_from_its_length_or_its_start()
    {
        Assert.Equal(
            [("three", 3), ("two", 2), ("one", 1), ("ten", 10), ("nine", 9)],
            Numbers("<ol reversed><li>three</li><li>two</li><li>one</li></ol><ol reversed start=\"10\"><li>ten</li><li>nine</li></ol>"));
    }

    [Fact]
    public void A_nested_list_counts_on_its_own_and_the_outer_list_resumes()
    {
        Assert.Equal(
            [("First", 1), ("inner a", 1), ("inner b", 2), ("Second", 2), ("Third", 3)],
            Numbers("<ol><li>First<ol><li>inner a</li><li>inner b</li></ol></li><li>Second</li><li>Third</li></ol>"));
    }

    [Fact]
    public void Items_hidden_or_dropped_before_an_item_still_count()
    {
        Assert.Equal(
            [("a", 1), ("c", 3), ("d", 4)],
            Numbers("<ol><li>a</li><li></li><li>c</li><li>d</li></ol>"));
    }

    [Fact]
    public void An_items_first_paragraph_is_the_item_with_its_number_and_the_next_ones_continue_it()
    {
        Assert.Equal(
            [("Mix.", 1), ("Slowly, by hand.", null), ("Bake.", 2), ("Salt", null)],
            Numbers("<ol><li><p>Mix.</p><p>Slowly, by hand.</p></li><li>\n <p>Bake.</p></li></ol><ul><li><p>Salt</p></li></ul>"));
        Assert.Equal(
            [BlockKind.ListItem, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem],
            Kinds("<ol><li><p>Mix.</p><p>Slowly, by hand.</p></li><li>\n <p>Bake.</p></li></ol><ul><li><p>Salt</p></li></ul>"));
    }

    [Fact]
    public void A_paragraph_after_an_items_own_text_continues_the_item()
    {
        Assert.Equal([("Mix", 1), ("Slowly, by hand.", null)], Numbers("<ol><li>Mix<p>Slowly, by hand.</p></li></ol>"));
    }

    [Theory]
    [InlineData("x", 1)]
    [InlineData(" 7th", 7)]
    [InlineData("-2", -2)]
    [InlineData("", 1)]
    public void A_start_is_read_as_html_reads_an_integer(string start, int first)
    {
        Assert.Equal([("a", first), ("b", first + 1)], Numbers($"<ol start=\"{start}\"><li>a</li><li>b</li></ol>"));
    }

    private static (string Text, int? Number)[] Numbers(string body) => Collect(body).Select(b => (b.Text, b.Number)).ToArray();

    private static BlockKind[] Kinds(string body) => Collect(body).Select(b => b.Kind).ToArray();

    private static List<TextBlock> Collect(string body)
    {
        using var document = HtmlDocumentLoader.Load($"<html><body>{body}</body></html>");
        return BlockCollector.Collect(document.Body!, null).Blocks;
    }
}
