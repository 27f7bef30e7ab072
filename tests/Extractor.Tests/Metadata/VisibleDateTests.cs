using Extractor.Metadata;

namespace Extractor.Tests.Metadata;

public sealed class VisibleDateTests
{
    [Fact]
    public void Numeric_date_read_either_way_keeps_the_metadata_date_it_can_mean()
    {
        PageMetadata m = Html.Read(
            Html.JsonLd("""{"@type":"Article","headline":"Stages of a kitchen remodel","datePublished":"2024-09-10T16:07:00Z"}"""),
            "<article><h1>Stages of a kitchen remodel</h1><p>By Lin Oduya 09.10.2024</p><p>Body.</p></article>");

        Assert.Equal(new DateTimeOffset(2024, 9, 10, 16, 7, 0, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void Date_right_before_the_headline_dates_the_article_over_an_unshown_metadata_date()
    {
        PageMetadata m = Html.Read(
            """<meta name="dc.date" content="2024-07-05T14:20:08Z">""",
            "<main><nav>Nutrition</nav><p>March 1, 2024</p><h1>Eating well on a budget</h1><p>Body text of the article.</p></main>");

        Assert.Equal(new DateOnly(2024, 3, 1), DateOnly.FromDateTime(m.Published!.Value.DateTime));
    }

    [Fact]
    public void Date_well_before_the_headline_does_not_override_the_metadata_date()
    {
        string filler = string.Concat(Enumerable.Repeat("Recorded on August 19, 2025 and more episode notes here. ", 3));
        PageMetadata m = Html.Read(
            """<meta property="article:published_time" content="2023-11-21T19:57:00+00:00">""",
            $"<main><aside>{filler}</aside><p>Listen to the whole show in the player on the right side of the page.</p><h1>Smart home worries</h1><p>Body.</p></main>");

        Assert.Equal(new DateTimeOffset(2023, 11, 21, 19, 57, 0, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void Without_metadata_the_date_nearest_the_headline_wins_over_one_further_down()
    {
        string body = string.Concat(Enumerable.Repeat("<p>Embedded tooling has grown up over the last few years in many ways.</p>", 10));
        PageMetadata m = Html.Read(
            "",
            $"<main><a href=\"/blog\">Back to blog</a><span>Dec 12, 2025</span><span>4 min read</span><h1>Why Rust for embedded</h1>{body}<p>Its 1.0 release came on 30 October 2025.</p></main>");

        Assert.Equal(new DateOnly(2025, 12, 12), DateOnly.FromDateTime(m.Published!.Value.DateTime));
    }
    [Theory]
    [InlineData("Essay - Published: 2025.12.17 | AI", 2025, 12, 17)]
    [InlineData("FlowGuard EMEA on 04-ago-2021 5:11:10", 2021, 8, 4)]
    [InlineData("Posted 12-Jan-2024", 2024, 1, 12)]
    [InlineData("Publicado el 3 abr. 2023", 2023, 4, 3)]
    [InlineData("Pubblicato il 9 lug 2022", 2022, 7, 9)]
    public void Dates_written_year_first_with_dots_or_with_a_month_abbreviation_of_other_languages_date_the_page(string line, int year, int month, int day)
    {
        PageMetadata m = Html.Read("", $"<main><h1>How small languages die</h1><p>{line}</p><p>The body of the essay, long enough to be its text.</p></main>");

        Assert.Equal(new DateOnly(year, month, day), DateOnly.FromDateTime(m.Published!.Value.DateTime));
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(300, false)]
    public void A_date_nested_deeper_than_the_walk_reads_is_not_seen(int depth, bool seen)
    {
        string nested = string.Concat(Enumerable.Repeat("<div>", depth)) + "March 1, 2024" + string.Concat(Enumerable.Repeat("</div>", depth));
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body><h1>Title of the piece</h1>{nested}</body>");

        DateOnly? date = VisibleDate.Find(document, "Title of the piece", [], hasPublished: false);

        Assert.Equal(seen ? new DateOnly(2024, 3, 1) : null, date);
    }
}
