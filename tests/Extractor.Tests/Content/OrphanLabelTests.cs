namespace Extractor.Tests.Content;

/// <summary>A byline's or date's label left without its value goes; one followed by its value stays.</summary>
public sealed class OrphanLabelTests
{
    [Theory]
    [InlineData("Written by")]
    [InlineData("By:")]
    [InlineData("Reviewed by,")]
    [InlineData("Page updated:")]
    [InlineData("Average reading time:")]
    public void A_label_before_a_sentence_goes(string label)
    {
        string html = ContentPipeline.Page($"{ContentPipeline.Paragraph(1)}<p>{label}</p>{ContentPipeline.Paragraph(2)}");

        ContentPipeline.AssertOnlyParagraphs(ContentPipeline.OwnTexts(html), 2);
    }

    [Fact]
    public void A_label_before_another_label_or_a_line_without_letters_goes()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}<p>Page updated:</p><p>Page updated:</p>{ContentPipeline.Paragraph(2)}<p>By</p><p>•</p>{ContentPipeline.Paragraph(3)}
            """);

        Assert.DoesNotContain(ContentPipeline.OwnTexts(html), t => t.StartsWith("Page updated", StringComparison.Ordinal) || t == "By");
    }

    [Fact]
    public void A_label_followed_by_its_value_stays()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}
            <ul><li><a href="/r/1">Spanish Grammar in Context</a></li></ul><p>By:</p><p>Angélica Amezcua, Flavia Belpoliti</p>
            {ContentPipeline.Paragraph(2)}
            """);

        Assert.Contains("By:", ContentPipeline.OwnTexts(html));
    }
}
