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

        ContentPipeline.AssertOnlyParagraphs(texts, 3);
    }

    [Fact]
    public void Body_sections_sharing_one_flagged_class_are_kept_together()
    {
        string section(int n) => $"""<div class="content-nav-section"><h2>Step {n}</h2>{ContentPipeline.Paragraph(2 * n)}{ContentPipeline.Paragraph((2 * n) + 1)}</div>""";
        string html = ContentPipeline.Page($"""{ContentPipeline.Paragraph(1)}{section(1)}{section(2)}{section(3)}""");

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Equal(["Step 1", "Step 2", "Step 3"], texts.Where(t => t.StartsWith("Step", StringComparison.Ordinal)));
        Assert.Equal(7, texts.Count(t => t.StartsWith("Paragraph ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Notices_sharing_one_flagged_class_without_headings_stay_out_however_long_together()
    {
        const string Notice = "All investing is subject to risk, including the possible loss of the money you invest; past performance is no guarantee of future returns.";
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            <div class="disclaimer"><p>{Notice}</p></div><div class="disclaimer"><p>{Notice} One.</p></div><div class="disclaimer"><p>{Notice} Two.</p></div>
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        ContentPipeline.AssertOnlyParagraphs(texts, 3);
    }
}
