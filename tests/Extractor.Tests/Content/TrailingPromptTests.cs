using Extractor.Cleaning;

namespace Extractor.Tests.Content;

/// <summary>A call to action after the article: gone when it stands in a box of its own, kept as the text's own last
/// paragraph.</summary>
public sealed class TrailingPromptTests
{
    [Theory]
    [InlineData("Ready to find your certificate program? Explore all of our programs today!")]
    [InlineData("Download Our Template and Create a Solid Marketing Strategy")]
    [InlineData("Want to do more? Consider supporting reforestation with us today!")]
    [InlineData("Get the latest news about our live events and online courses.")]
    public void Prompts_to_act_on_an_offer_are_calls_to_action(string text) =>
        Assert.True(BoilerplateText.IsCallToAction(text));

    [Theory]
    [InlineData("Readiness to act was low among the voters surveyed, the report found.")]
    [InlineData("The council said it would get to the budget after the holidays.")]
    public void Sentences_that_only_share_a_word_are_not(string text) =>
        Assert.False(BoilerplateText.IsCallToAction(text));

    [Fact]
    public void A_call_to_action_in_its_own_box_after_the_text_is_dropped()
    {
        string html = ContentPipeline.Page($"""
            <div class="body">{ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}</div>
            <div class="box"><p>Ready to find your certificate program? Explore all of our programs today!</p></div>
            """);

        ContentPipeline.AssertOnlyParagraphs(ContentPipeline.OwnTexts(html), 3);
    }

    [Fact]
    public void A_call_to_action_that_is_the_last_paragraph_of_the_text_stays()
    {
        string html = ContentPipeline.Page($"""
            <div class="body">{ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            <p>Ready to find your certificate program? Explore all of our programs today!</p></div>
            """);

        Assert.Equal(4, ContentPipeline.OwnTexts(html).Length);
    }
}
