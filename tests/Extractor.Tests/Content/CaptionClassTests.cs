using Extractor.Cleaning;

namespace Extractor.Tests.Content;

/// <summary>Captions named by their class where the page sets them outside a figure.</summary>
public sealed class CaptionClassTests
{
    [Theory]
    [InlineData("wp-caption-text")]
    [InlineData("image-caption")]
    [InlineData("show-feature-image-description")]
    public void Classes_naming_an_images_caption_or_description_are_boilerplate(string value) =>
        Assert.True(ClassTokenMatcher.IsBoilerplate(value));

    [Theory]
    [InlineData("image-gallery")]
    [InlineData("product-description")]
    public void An_image_gallery_or_another_description_is_not(string value) =>
        Assert.False(ClassTokenMatcher.IsBoilerplate(value));

    [Fact]
    public void A_featured_images_description_under_it_is_left_out_of_the_body()
    {
        string html = ContentPipeline.Page($"""
            <div class="feature-image"><img src="/dns.jpg" alt=""></div>
            <div class="show-feature-image-description">The "it's always DNS" meme has led to printed signs like this one.</div>
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}
            """);

        ContentPipeline.AssertOnlyParagraphs(ContentPipeline.OwnTexts(html), 2);
    }
}
