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

    [Fact]
    public void A_card_whose_title_of_short_words_is_all_one_link_is_a_teaser()
    {
        // "How to set up a home office in a rented apartment": many short words, so many spaces between the letters.
        string card = """
            <div class="article-item"><h3><a href="/blog/home-office">How to set up a home office in a rented flat</a></h3>
            <div class="excerpt">In your own house you can paint the ceiling or build a wall; when you rent, one nail can cost the deposit.</div></div>
            """;
        string html = ContentPipeline.Page($"""
            <div class="post">{string.Concat(Enumerable.Range(1, 6).Select(ContentPipeline.Paragraph))}</div>
            {Card(1)}{Card(2)}{card}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        ContentPipeline.AssertOnlyParagraphs(texts, 6);
    }

    [Fact]
    public void Quotations_each_with_a_linked_source_are_no_teaser_cards()
    {
        string Example(int n) => $"""
            <blockquote class="box-examples"><p>Example {n}: the pickings are slimmer, especially in low-skill occupations at hotels and restaurants.</p>
            <p>From <cite><a href="https://news.example/story-{n}">The Evening Ledger Review</a></cite></p></blockquote>
            """;
        string html = ContentPipeline.Page($"""
            {string.Concat(Enumerable.Range(1, 8).Select(ContentPipeline.Paragraph))}
            <h2>Example sentences</h2>{Example(1)}{Example(2)}{Example(3)}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Contains(texts, t => t.StartsWith("Example 3:", StringComparison.Ordinal));
    }
}
