namespace Extractor.Tests.Content;

public sealed class TrailingTeaserTests
{
    private static string Card(int n) => $"""
        <div class="post-card"><h3><a href="/news/{n}">Another story number {n} from the news desk</a></h3>
        <p>Excerpt {n}: navigating the disability benefits system can be overwhelming, and this longer teaser explains in a few sentences what the full story covers and why you should read it.</p></div>
        """;

    [Fact]
    public void Teaser_cards_under_a_tail_heading_are_dropped_even_when_they_outweigh_a_short_article()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}
            <h2>Latest News</h2>{Card(1)}{Card(2)}{Card(3)}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        ContentPipeline.AssertOnlyParagraphs(texts, 2);
    }

    [Fact]
    public void Linked_items_that_are_most_of_the_body_without_a_tail_heading_are_the_article()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}
            <h2>Our picks</h2>{Card(1)}{Card(2)}{Card(3)}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Contains(texts, t => t.StartsWith("Excerpt 3:", StringComparison.Ordinal));
    }
}
