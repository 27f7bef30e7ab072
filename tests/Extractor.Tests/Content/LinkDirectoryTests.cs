namespace Extractor.Tests.Content;

/// <summary>A long run of linked list items inside the article is a site's directory; a short one is the text's own.</summary>
public sealed class LinkDirectoryTests
{
    [Fact]
    public void A_run_of_fifty_linked_items_before_the_last_paragraph_goes()
    {
        string items = string.Concat(Enumerable.Range(1, 60).Select(i => $"<li><a href=\"/movers/city-{i}\">City {i} movers</a></li>"));

        ContentPipeline.AssertOnlyParagraphs(ContentPipeline.OwnTexts(Around(items)), 6);
    }

    [Fact]
    public void A_short_run_of_linked_items_before_the_last_paragraph_stays()
    {
        string items = string.Concat(Enumerable.Range(1, 20).Select(i => $"<li><a href=\"/sources/{i}\">Source number {i}</a></li>"));

        Assert.Contains("Source number 20", ContentPipeline.OwnTexts(Around(items)));
    }

    /// <summary>A page whose article has three paragraphs, the list, and three more.</summary>
    private static string Around(string items) => ContentPipeline.Page(
        string.Concat(Enumerable.Range(1, 3).Select(ContentPipeline.Paragraph)) + $"<ul>{items}</ul>"
        + string.Concat(Enumerable.Range(4, 3).Select(ContentPipeline.Paragraph)));
}
