namespace Extractor.Tests.Content;

/// <summary>A separator line ("***") that sets off a short end of the body cuts it there.</summary>
public sealed class EndSeparatorTests
{
    private const string End = """
        <p>Tell me your story! I am working on a series of renovation stories and would love to hear yours.</p>
        <p>Join the group on Facebook and help me spread the word about this show.</p>
        """;

    [Theory]
    [InlineData("***")]
    [InlineData("* * *")]
    [InlineData("– – – – – – –")]
    [InlineData("###")]
    public void A_single_separator_late_in_the_body_cuts_what_follows(string separator)
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            <p>{separator}</p>{End}
            """);

        ContentPipeline.AssertOnlyParagraphs(ContentPipeline.OwnTexts(html), 3);
    }

    [Fact]
    public void Scene_breaks_stay_with_the_text_between_them()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}<p>* * *</p>
            {ContentPipeline.Paragraph(3)}<p>* * *</p>{ContentPipeline.Paragraph(4)}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Equal(2, texts.Count(t => t == "* * *"));
        Assert.Contains(ContentPipeline.ParagraphText(4), texts);
    }

    [Fact]
    public void A_separator_before_a_long_part_of_the_article_stays()
    {
        string html = ContentPipeline.Page($"""
            {string.Concat(Enumerable.Range(1, 10).Select(ContentPipeline.Paragraph))}<p>***</p>
            {string.Concat(Enumerable.Range(11, 16).Select(ContentPipeline.Paragraph))}
            """);

        Assert.Contains(ContentPipeline.ParagraphText(26), ContentPipeline.OwnTexts(html));
    }

    [Fact]
    public void A_separator_early_in_the_body_stays()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}<p>***</p>{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            """);

        Assert.Contains(ContentPipeline.ParagraphText(3), ContentPipeline.OwnTexts(html));
    }
}
