namespace Extractor.Tests.Content;

public sealed class AuthorBioTests
{
    [Fact]
    public void Author_bio_that_ends_the_body_goes_with_its_label_line()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            <p>Contributing Writer</p>
            <p>Rebecca Norton is a full-time freelance writer living near the capital who has covered events and hospitality for ten years.</p>
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        ContentPipeline.AssertOnlyParagraphs(texts, 3);
    }

    [Fact]
    public void Short_lines_before_the_last_paragraph_stay_when_it_is_no_bio()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}
            <p>Rating</p>
            <p>Our verdict, after a month of daily use, is that it is the best machine in its price class by some distance.</p>
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Equal(4, texts.Length);
        Assert.Equal("Rating", texts[2]);
    }

    [Fact]
    public void Author_bio_that_opens_the_body_is_left_out()
    {
        string html = ContentPipeline.Page($"""
            <p>Archie Stone is a writer from South London who studied film production and has covered games for years.</p>
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        ContentPipeline.AssertOnlyParagraphs(texts, 2);
    }

    [Fact]
    public void Greeting_from_the_author_that_ends_the_body_is_left_out()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            <p>Hey, I’m Jessica! Welcome to the blog, where organizing is made doable and totally overwhelm-free for busy families.</p>
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        ContentPipeline.AssertOnlyParagraphs(texts, 3);
    }

    [Fact]
    public void Greeting_from_the_author_that_opens_the_body_stays()
    {
        string html = ContentPipeline.Page($"""
            <p>Hi, I'm Chris! Today I will walk you through the three changes that made my garden grow twice as fast this year.</p>
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.StartsWith("Hi, I'm Chris!", texts[0], StringComparison.Ordinal);
    }
}
