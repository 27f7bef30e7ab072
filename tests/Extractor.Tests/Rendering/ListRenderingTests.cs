namespace Extractor.Tests.Rendering;

/// <summary>Markdown and HTML write ordered lists with the numbers a reader of the page saw.</summary>
public sealed class ListRenderingTests
{
    private static readonly Article Continued = new()
    {
        Blocks =
        [
            new Block(BlockKind.ListItem, "Cleanser", 1, 1),
            new Block(BlockKind.Paragraph, "Pick one without alcohol."),
            new Block(BlockKind.ListItem, "Toner", 1, 2),
            new Block(BlockKind.ListItem, "Serum", 1, 3),
            new Block(BlockKind.ListItem, "Salt"),
        ],
    };

    [Fact]
    public void Markdown_numbers_items_as_the_page_does()
    {
        Assert.Equal("1. Cleanser\n\nPick one without alcohol.\n\n2. Toner\n3. Serum\n- Salt\n", Continued.ToMarkdown());
    }

    [Fact]
    public void Html_starts_a_continued_list_at_its_first_number_and_ends_it_where_unordered_items_begin()
    {
        string html = Continued.ToHtml();

        Assert.Contains("<ol>\n<li>Cleanser</li>\n</ol>", html, StringComparison.Ordinal);
        Assert.Contains("<ol start=\"2\">\n<li>Toner</li>\n<li>Serum</li>\n</ol>\n<ul>\n<li>Salt</li>\n</ul>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_marks_a_list_that_counts_down_as_reversed()
    {
        var article = new Article { Blocks = [new Block(BlockKind.ListItem, "three", 1, 3), new Block(BlockKind.ListItem, "two", 1, 2)] };

        Assert.Contains("<ol reversed start=\"3\">", article.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordered_item_built_without_a_number_renders_as_the_first()
    {
        var article = new Article { Blocks = [new Block(BlockKind.ListItem, "Only step", 1)] };

        Assert.Equal("1. Only step\n", article.ToMarkdown());
        Assert.Contains("<ol>\n<li>Only step</li>", article.ToHtml(), StringComparison.Ordinal);
    }
}
