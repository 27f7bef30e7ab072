namespace Extractor.Tests.Content;

/// <summary>What stands above the article's title at the head of the body: its section name, a breadcrumb trail, and what
/// only looks like a label there.</summary>
public sealed class BodyHeadTests
{
    [Fact]
    public void A_short_heading_right_above_the_title_is_its_kicker()
    {
        string html = $"""
            <html><head><title>School vouchers return to the Texas Capitol | Site</title></head><body>
            <article><h3 class="slug"><a href="/sections/education/">Education</a></h3><h1>School vouchers return to the Texas Capitol</h1>
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}</article></body></html>
            """;

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.DoesNotContain("Education", texts);
        ContentPipeline.AssertOnlyParagraphs(texts, 2);
    }

    [Fact]
    public void A_short_heading_below_the_title_opens_a_section()
    {
        string html = $"""
            <html><head><title>School vouchers return to the Texas Capitol | Site</title></head><body>
            <article><h1>School vouchers return to the Texas Capitol</h1><h3>Education</h3>
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}</article></body></html>
            """;

        Assert.Equal("Education", ContentPipeline.OwnTexts(html)[0]);
    }

    [Fact]
    public void A_number_alone_above_the_first_item_title_of_a_list_article_stays_with_it()
    {
        string html = $"""
            <html><head><title>The best online design services | Site</title></head><body>
            <article><h1>The best online design services</h1>
            <div class="slide"><span>1</span><h2>Havenly</h2>{ContentPipeline.Paragraph(1)}</div>
            <div class="slide"><span>2</span><h2>Modsy</h2>{ContentPipeline.Paragraph(2)}</div></article></body></html>
            """;

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Equal(["1", "Havenly"], texts[..2]);
    }

    [Fact]
    public void A_breadcrumb_trail_above_the_title_goes_also_when_it_ends_with_the_title()
    {
        string html = $"""
            <html><head><title>What is an online course? | Site</title></head><body>
            <main><ul class="trail"><li><a href="/">Home</a></li><li><a href="/knowledge">Knowledge center</a></li>
            <li><a href="/knowledge/courses">Online courses</a></li><li>What is an online course?</li></ul>
            <h1>What is an online course?</h1>{ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}</main></body></html>
            """;

        ContentPipeline.AssertOnlyParagraphs(ContentPipeline.OwnTexts(html), 2);
    }

    [Theory]
    [InlineData("Blog / Guides / What is an online course?")]
    [InlineData("Blog Home ❯ Knowledge center ❯ What is an online course?")]
    [InlineData("Home ▸ Courses ▸ What is an online course?")]
    [InlineData("Blog / What is an online course?")]
    public void A_breadcrumb_line_ending_with_the_title_goes_whatever_its_separator(string trail)
    {
        string html = $"""
            <html><head><title>What is an online course? | Site</title></head><body>
            <main><p>{trail}</p><div>{ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}</div></main></body></html>
            """;

        ContentPipeline.AssertOnlyParagraphs(ContentPipeline.OwnTexts(html), 2);
    }

    [Fact]
    public void A_line_with_one_separator_after_a_sentence_is_no_breadcrumb()
    {
        string html = $"""
            <html><head><title>What is an online course? | Site</title></head><body>
            <main><p>Ask what a learner gets for the money and the time | What is an online course?</p>
            <div>{ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}</div></main></body></html>
            """;

        Assert.Equal(3, ContentPipeline.OwnTexts(html).Length);
    }

    [Fact]
    public void A_list_of_short_items_ending_in_a_sentence_that_is_not_the_title_stays()
    {
        string html = $"""
            <html><head><title>What is an online course? | Site</title></head><body>
            <main><h1>What is an online course?</h1><ul><li>Video</li><li>Quizzes</li><li>A certificate at the end of it all</li></ul>
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}</main></body></html>
            """;

        Assert.Contains("Quizzes", ContentPipeline.OwnTexts(html));
    }

    [Fact]
    public void A_level_one_heading_after_the_opening_sentences_is_a_section_heading()
    {
        string html = $"""
            <html><head><title>Year in review: tabletop games | Site</title></head><body>
            <main><h1>Year in review: tabletop games</h1><p>Just because my blog is new does not mean I skip a round-up!</p>
            <p>Right?</p><h1>Tabletop</h1>{ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}</main></body></html>
            """;

        Assert.Equal("Tabletop", ContentPipeline.OwnTexts(html)[2]);
    }

    [Fact]
    public void A_level_one_heading_after_a_short_tagline_is_still_the_title()
    {
        string html = $"""
            <html><head><title>Site</title></head><body>
            <main><p>Our blog</p><h1>Year in review: tabletop games</h1>{ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}</main></body></html>
            """;

        ContentPipeline.AssertOnlyParagraphs(ContentPipeline.OwnTexts(html), 2);
    }
}
