using Extractor.Cleaning;
using Extractor.Tests.Content;

namespace Extractor.Tests.Cleaning;

public sealed class TailHeadingsTests
{
    [Theory]
    [InlineData("Related posts")]
    [InlineData("Suggested articles")]
    [InlineData("Recent Blogs")]
    [InlineData("Related articles that may interest you")]
    [InlineData("You may be interested in the following topics as well:")]
    [InlineData("Article Sources:")]
    [InlineData("References & Sources")]
    [InlineData("How we reviewed this article:")]
    [InlineData("Add A Comment")]
    [InlineData("Share it!")]
    [InlineData("Contact us")]
    [InlineData("GET IN TOUCH WITH ONE OF OUR EXPERTS")]
    [InlineData("Request a free consultation for accounting services")]
    [InlineData("Still have questions?")]
    [InlineData("How Was This Issue?")]
    [InlineData("Here's The Unsubscribe")]
    [InlineData("Was this article helpful?")]
    public void Headings_that_open_the_tail_after_an_article_match(string heading) =>
        Assert.True(TailHeadings.Matches(heading));

    [Theory]
    [InlineData("Sources of the river")]
    [InlineData("How we reviewed the data")]
    [InlineData("Related costs you should plan for")]
    [InlineData("What readers told us")]
    [InlineData("How to get in touch with your landlord when the heating fails")]
    public void Headings_of_the_article_itself_do_not_match(string heading) =>
        Assert.False(TailHeadings.Matches(heading));

    [Theory]
    [InlineData("Related:")]
    [InlineData("Related Topics:")]
    [InlineData("Suggested reading:")]
    public void Related_and_suggested_labels_open_the_tail_only_as_headings(string line)
    {
        Assert.True(TailHeadings.Matches(line));
        Assert.False(TailHeadings.MatchesLine(line));
    }

    [Fact]
    public void Short_line_standing_in_for_a_heading_cuts_the_sources_list_after_the_text()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            <p><strong>Article Sources:</strong></p>
            <p>https://finance.example.org/news/major-home-appliances-market-2023-070000949.html and the annual report of the trade body.</p>
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Equal(3, texts.Length);
        Assert.All(texts, t => Assert.StartsWith("Paragraph ", t, StringComparison.Ordinal));
    }
}
