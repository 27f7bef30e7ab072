using Extractor.Metadata;

namespace Extractor.Tests.Metadata;

/// <summary>The last resorts for a page that its metadata does not date: a byline with a date, then the address.</summary>
public sealed class FallbackDateTests
{
    private const string LongText = "<p>" + "The committee met again to go over the plans for the new library wing. " + "</p>";

    [Theory]
    [InlineData("Written by Jane Doe and John Roe April 8, 2024", 2024, 4, 8)]
    [InlineData("By Jane Doe | 8 April 2024", 2024, 4, 8)]
    [InlineData("by María López-Ortiz, 2023-11-02", 2023, 11, 2)]
    public void Date_right_after_a_byline_is_read(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), VisibleDate.BylineDate(text));
    }

    [Theory]
    [InlineData("By 2030 the city expects to double its fleet, the plan of March 3, 2024 says.")]
    [InlineData("The boats were moved by the river on March 3, 2024 after the storm.")]
    [InlineData("By Jane Doe. The council met on March 3, 2024 to vote on the budget.")]
    public void Dates_in_sentences_with_by_are_not_byline_dates(string text)
    {
        Assert.Null(VisibleDate.BylineDate(text));
    }

    [Fact]
    public void Page_without_metadata_dates_takes_the_date_by_its_byline_far_below_the_headline()
    {
        string body = "<article><h1>New library wing</h1>" + string.Concat(Enumerable.Repeat(LongText, 80))
            + "<div><p>Written by <a href=\"/authors/jane\">Jane Doe</a></p><p>April 8, 2024</p></div></article>";

        PageMetadata m = Html.Read("<title>New library wing</title>", body);

        Assert.Equal(new DateOnly(2024, 4, 8), DateOnly.FromDateTime(m.Published!.Value.DateTime));
    }

    [Theory]
    [InlineData("https://example.com/2025/12/15/library-wing", 2025, 12, 15)]
    [InlineData("https://example.com/articles/2025-12-15+Library+wing", 2025, 12, 15)]
    [InlineData("https://example.com/news/2024/02/29/", 2024, 2, 29)]
    public void Date_in_the_address_is_read(string address, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), AddressDate.Find(new Uri(address)));
    }

    [Theory]
    [InlineData("https://example.com/2025/13/15/library-wing")]
    [InlineData("https://example.com/2023/02/29/library-wing")]
    [InlineData("https://example.com/product/20251215")]
    [InlineData("https://example.com/2025/12/library-wing")]
    public void Addresses_without_a_whole_valid_date_give_none(string address)
    {
        Assert.Null(AddressDate.Find(new Uri(address)));
    }

    [Fact]
    public void Address_date_is_used_only_when_the_page_is_dated_nowhere_else()
    {
        var address = new Uri("https://example.com/2025/12/15/library-wing");
        string body = "<article><h1>New library wing</h1>" + LongText + "</article>";

        PageMetadata undated = Html.Read("<title>New library wing</title>", body, address);
        PageMetadata dated = Html.Read("""<meta property="article:published_time" content="2025-12-14T09:00:00Z">""", body, address);

        Assert.Equal(new DateOnly(2025, 12, 15), DateOnly.FromDateTime(undated.Published!.Value.DateTime));
        Assert.Equal(new DateOnly(2025, 12, 14), DateOnly.FromDateTime(dated.Published!.Value.DateTime));
    }
}
