using Extractor.Content;
using Extractor.News;
using static Extractor.Tests.News.StoryPage;

namespace Extractor.Tests.News;

/// <summary>"Related:" lists: a read-on label over list items that are each one link leaves the body as more links.</summary>
public sealed class MoreLinkListTests
{
    private static readonly (string Text, string Href)[] Stories =
    [
        ("Council approves budget after long night", "https://news.example/2024/04/30/budget/"),
        ("What the new tax rates mean for you", "https://news.example/2024/04/29/rates/"),
    ];

    [Theory]
    [InlineData("Related:")]
    [InlineData("Also read:")]
    [InlineData("Related articles and links:")]
    [InlineData("» Further reading:")]
    public void Read_on_label_over_link_items_gives_more_links_and_leaves_the_body_with_them(string label)
    {
        var blocks = new List<BodyBlock> { Blocks.Block(First), Blocks.Block(label), Item(Stories[0]), Item(Stories[1]), Blocks.Block(Last) };

        NewsStructure news = NewsAnalyzer.Analyze(blocks, new Uri(Address));

        Assert.Equal([(Stories[0].Text, 0), (Stories[1].Text, 0)], news.MoreLinks.Select(l => (l.Text, l.AfterParagraph)));
        Assert.Equal([First, Last], news.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("## More on Wharton:")]
    [InlineData("## More great bread recipes")]
    public void Heading_that_opens_with_more_over_link_items_is_such_a_label_with_or_without_a_colon(string heading)
    {
        var blocks = new List<BodyBlock> { Blocks.Block(First), Blocks.Block(heading), Item(Stories[0]), Blocks.Block(Last) };

        NewsStructure news = NewsAnalyzer.Analyze(blocks, new Uri(Address));

        Assert.Equal(Stories[0].Text, Assert.Single(news.MoreLinks).Text);
        Assert.Equal([First, Last], news.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_on_label_that_ends_the_body_goes_without_links()
    {
        var blocks = new List<BodyBlock> { Blocks.Block(First), Blocks.Block(Last), Blocks.Block("Related Articles from the blog:") };

        NewsStructure news = NewsAnalyzer.Analyze(blocks, new Uri(Address));

        Assert.Empty(news.MoreLinks);
        Assert.Equal([First, Last], news.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Ingredients:", "link item")] // a label of the body's own over links: a recipe's sources, a list of shops
    [InlineData("Related:", "paragraph")] // a read-on label over a paragraph, not a list
    [InlineData("More great bread recipes", "link item")] // a paragraph needs its colon: this may be a sentence's start
    [InlineData("Related:", "item saying more")] // items that say more than their link
    [InlineData("Here is what the mayor said about the vote and the rates:", "link item")] // a sentence ending in a colon
    public void Other_labels_and_other_followers_stay(string label, string follower)
    {
        BodyBlock next = follower switch
        {
            "link item" => Item(Stories[0]),
            "paragraph" => Blocks.Block("The council also met on Wednesday."),
            _ => new BodyBlock(BlockKind.ListItem, Stories[0].Text + ", which ran until 3 a.m. and ended in a vote of 7 to 2", 0, [new BlockLink(Stories[0].Text, Stories[0].Href)]),
        };
        var blocks = new List<BodyBlock> { Blocks.Block(First), Blocks.Block(label), next, Blocks.Block(Last) };

        NewsStructure news = NewsAnalyzer.Analyze(blocks, new Uri(Address));

        Assert.Empty(news.MoreLinks);
        Assert.Equal(4, news.Blocks.Count);
    }

    private static BodyBlock Item((string Text, string Href) link) =>
        new(BlockKind.ListItem, link.Text, 0, [new BlockLink(link.Text, link.Href)]);
}
