namespace Extractor.Tests.Content;

/// <summary>The short label a card sets above each of its titles.</summary>
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
}
