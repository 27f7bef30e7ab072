using Extractor.Cleaning;

namespace Extractor.Tests.Content;

/// <summary>Icons drawn by a font from a ligature, whose text is the icon's name.</summary>
public sealed class IconFontTests
{
    [Theory]
    [InlineData("material-icons")]
    [InlineData("material-icons-outlined")]
    [InlineData("material-symbols-rounded")]
    public void Icon_font_classes_are_named_boilerplate(string value) =>
        Assert.True(ClassTokenMatcher.IsBoilerplate(value));

    [Theory]
    [InlineData("materials-list")]
    [InlineData("course-material")]
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
}
