namespace Extractor.Tests.Content;

/// <summary>How flagged elements are kept or dropped around the article: what overrules a flag and what does not.</summary>
public sealed class BoilerplateResolutionTests
{
    private const string Title = "Six gardening shows to watch this autumn";

    [Fact]
    public void Headline_copy_in_a_hidden_dialog_does_not_keep_the_sidebar_around_it()
    {
        string html = $"""
            <!DOCTYPE html><html><head><title>{Title}</title></head><body><div class="layout">
            <div class="post"><h1>{Title}</h1>{ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}</div>
            <div class="sidebar"><div class="widget">
            <p>Republish our articles for free, online or in print, under a creative commons licence of your choice.</p>
            <div style="display:none"><h1>{Title}</h1>
            <p>Please credit us and our writers, and include a link back to our home page or to the article's own address.</p>
            <p>Articles must be republished in their entirety; it is fine to change references to time and place.</p>
            </div></div></div>
            </div></body></html>
            """;

        string[] texts = ContentPipeline.Texts(html);

        Assert.Equal(3, texts.Length);
        Assert.All(texts, t => Assert.StartsWith("Paragraph ", t, StringComparison.Ordinal));
    }
}
