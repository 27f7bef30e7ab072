using Extractor.Cleaning;

namespace Extractor.Tests.Content;

/// <summary>Text the page shows beside the article's own: embedded social posts and tooltip bubbles.</summary>
public sealed class EmbedAndTooltipTests
{
    [Theory]
    [InlineData("twitter-tweet")]
    [InlineData("instagram-media")]
    [InlineData("tiktok-embed")]
    [InlineData("Term_tooltipBubble__muCRN")]
    [InlineData("a-tooltip__content")]
    [InlineData("tooltiptext")]
    public void Embedded_posts_and_tooltip_bubbles_are_named_boilerplate(string value) =>
        Assert.True(ClassTokenMatcher.IsBoilerplate(value));

    [Theory]
    [InlineData("tooltip")]
    [InlineData("icon-tooltip-text")]
    [InlineData("media-embed")]
    public void A_tooltip_wrapper_its_labels_and_other_embeds_are_not(string value) =>
        Assert.False(ClassTokenMatcher.IsBoilerplate(value));

    [Fact]
    public void An_embedded_tweet_inside_the_article_is_dropped()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}
            <blockquote class="twitter-tweet"><p lang="en">Reaching human-level machine intelligence will take several years if not a decade, said the researcher in a long post.</p>— Someone (@someone) <a href="https://x.com/someone/status/1">May 1, 2024</a></blockquote>
            {ContentPipeline.Paragraph(3)}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        ContentPipeline.AssertOnlyParagraphs(texts, 3);
    }

    [Fact]
    public void A_tooltip_bubble_leaves_the_term_in_the_sentence()
    {
        string html = ContentPipeline.Page($"""
            <p>Most teams track their <span class="term"><span>rankings</span><span class="tooltip-bubble">Rankings refer to a website's position in the results page.</span></span> every week, and they report on them to the board each quarter.</p>
            {ContentPipeline.Paragraph(2)}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Contains("Most teams track their rankings every week, and they report on them to the board each quarter.", texts);
    }
}
