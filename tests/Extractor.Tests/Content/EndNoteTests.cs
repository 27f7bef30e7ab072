using Extractor.Cleaning;

namespace Extractor.Tests.Content;

public sealed class EndNoteTests
{
    [Theory]
    [InlineData("Note: The views expressed on this site are not necessarily those of the institute.")]
    [InlineData("The opinions expressed in this column are solely those of the author.")]
    public void Notes_disowning_the_views_of_an_article_are_end_notes(string text) =>
        Assert.True(BoilerplateText.IsEndNote(text));

    [Theory]
    [InlineData("Editor's note, Nov. 11, 2022: This story has been updated to include additional comments.")]
    [InlineData("This article explains how the views expressed by the board shaped the decision.")]
    [InlineData("The views expressed at the meeting ranged from cautious to enthusiastic.")]
    public void Update_notes_and_sentences_about_views_are_not(string text) =>
        Assert.False(BoilerplateText.IsEndNote(text));

    [Fact]
    public void An_end_note_that_ends_the_body_is_dropped()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            <p><em>The views expressed in this column are not necessarily those of the publisher.</em></p>
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        ContentPipeline.AssertOnlyParagraphs(texts, 3);
    }

    [Fact]
    public void An_end_note_inside_the_text_stays()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}
            <p>The views expressed in this column are not necessarily those of the publisher.</p>
            {ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Contains("The views expressed in this column are not necessarily those of the publisher.", texts);
    }
}
