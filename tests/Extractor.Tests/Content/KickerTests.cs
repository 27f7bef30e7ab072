namespace Extractor.Tests.Content;

/// <summary>The short label a card sets above each of its titles, and the one above the article's own title.</summary>
public sealed class KickerTests
{
    private static string Cards(string label) => string.Concat(new[] { "Learn HTML", "Learn CSS", "Learn JavaScript" }.Select((title, i) =>
        $"<p>{label}</p><h3>{title}</h3><p>A solid overview of the subject for developers, from novice to expert level, in module {i}.</p>"));

    [Fact]
    public void A_label_above_each_of_several_card_titles_is_dropped()
    {
        string html = ContentPipeline.Page($"{ContentPipeline.Paragraph(1)}{Cards("Course")}{ContentPipeline.Paragraph(2)}");

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.DoesNotContain("Course", texts);
        Assert.Contains("Learn CSS", texts);
    }

    [Theory]
    [InlineData("Summary:")]
    [InlineData("Power 500W")]
    [InlineData("of the course")]
    public void Labels_that_introduce_give_figures_or_start_in_lower_case_stay(string label)
    {
        string html = ContentPipeline.Page($"{ContentPipeline.Paragraph(1)}{Cards(label)}{ContentPipeline.Paragraph(2)}");

        Assert.Equal(3, ContentPipeline.OwnTexts(html).Count(t => t == label));
    }

    [Fact]
    public void A_label_the_page_also_sets_elsewhere_is_text()
    {
        string html = ContentPipeline.Page($"{ContentPipeline.Paragraph(1)}{Cards("Course")}<p>Course</p>{ContentPipeline.Paragraph(2)}");

        Assert.Equal(4, ContentPipeline.OwnTexts(html).Count(t => t == "Course"));
    }

    [Fact]
    public void A_label_above_only_two_titles_stays()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}
            <p>Course</p><h3>Learn HTML</h3>{ContentPipeline.Paragraph(2)}<p>Course</p><h3>Learn CSS</h3>{ContentPipeline.Paragraph(3)}
            """);

        Assert.Equal(2, ContentPipeline.OwnTexts(html).Count(t => t == "Course"));
    }

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
}
