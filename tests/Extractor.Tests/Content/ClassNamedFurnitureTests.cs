using Extractor.Cleaning;

namespace Extractor.Tests.Content;

/// <summary>Elements a class names as page furniture inside the text: icon-font ligatures, whose text is the icon's name,
/// and an image's caption or description set outside a figure.</summary>
public sealed class ClassNamedFurnitureTests
{
    [Theory]
    [InlineData("material-icons")]
    [InlineData("material-icons-outlined")]
    [InlineData("material-symbols-rounded")]
    [InlineData("wp-caption-text")]
    [InlineData("image-caption")]
    [InlineData("show-feature-image-description")]
    public void Icon_fonts_and_image_captions_or_descriptions_are_named_boilerplate(string value) =>
        Assert.True(ClassTokenMatcher.IsBoilerplate(value));

    [Theory]
    [InlineData("materials-list")]
    [InlineData("course-material")]
    [InlineData("image-gallery")]
    [InlineData("product-description")]
    public void Classes_that_only_share_a_word_are_not(string value) =>
        Assert.False(ClassTokenMatcher.IsBoilerplate(value));

    [Fact]
    public void An_icon_drawn_from_a_ligature_leaves_no_word_in_the_text()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}
            <h3>What is performance tuning in PostgreSQL? <i class="material-icons">chevron_right</i></h3>
            {ContentPipeline.Paragraph(2)}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Contains("What is performance tuning in PostgreSQL?", texts);
        Assert.DoesNotContain(texts, t => t.Contains("chevron_right", StringComparison.Ordinal));
    }

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
