using Extractor.Metadata;

namespace Extractor.Tests.Metadata;

public sealed class DateAndLanguageTests
{
    [Theory]
    [InlineData("2021-03-14T09:12:40+00:00", "2021-03-14T09:12:40+00:00")]
    [InlineData("2021-03-14T09:12:40-0500", "2021-03-14T09:12:40-05:00")]
    [InlineData("2021-03-14T09:12:40Z", "2021-03-14T09:12:40+00:00")]
    [InlineData("2021-03-14T09:12:40.123+02:00", "2021-03-14T09:12:40+02:00")]
    [InlineData("2021-03-14", "2021-03-14T00:00:00+00:00")]
    [InlineData("2021-03-14 09:12:40", "2021-03-14T09:12:40+00:00")]
    [InlineData("March 14, 2021", "2021-03-14T00:00:00+00:00")]
    [InlineData("Mar 14th, 2021", "2021-03-14T00:00:00+00:00")]
    [InlineData("14 March 2021", "2021-03-14T00:00:00+00:00")]
    [InlineData("Sun, 14 Mar 2021 09:12:40 GMT", "2021-03-14T09:12:40+00:00")]
    [InlineData("14.03.2021", "2021-03-14T00:00:00+00:00")]
    [InlineData("Published on March 14, 2021", "2021-03-14T00:00:00+00:00")]
    [InlineData("1615713160", "2021-03-14T09:12:40+00:00")]
    public void Dates_parse_and_keep_their_offset(string text, string expected)
    {
        Assert.Equal(expected, DateParser.Parse(text)?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("0000-00-00")]
    [InlineData("1850-01-01")]
    public void Non_dates_give_null(string text)
    {
        Assert.Null(DateParser.Parse(text));
    }

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("en_GB", "en-GB")]
    [InlineData("pt-br", "pt-BR")]
    [InlineData("de-DE", "de")]
    [InlineData("zh-hant-TW", "zh-Hant-TW")]
    [InlineData("FR", "fr")]
    [InlineData("es-419", "es-419")]
    [InlineData("en-US, fr", "en")]
    [InlineData("x", null)]
    public void Language_tags_are_normalised_to_bcp47(string value, string? expected)
    {
        Assert.Equal(expected, LanguageTag.Normalize(value));
    }

    [Fact]
    public void Language_comes_from_html_lang_then_content_language_then_og_locale()
    {
        Assert.Equal("pt-BR", Html.Read("", htmlAttributes: "lang=\"pt_BR\"").Language);
        Assert.Equal("fr", Html.Read("""<meta http-equiv="content-language" content="fr-FR">""").Language);
        Assert.Equal("es-MX", Html.Read("""<meta property="og:locale" content="es_MX">""").Language);
    }

    [Fact]
    public void Date_shown_by_the_headline_that_is_the_modified_day_leaves_the_published_date()
    {
        PageMetadata m = Html.Read(
            """<meta property="article:published_time" content="2025-01-29T20:47:55+00:00"><meta property="article:modified_time" content="2025-08-19T13:25:59+00:00">""",
            "<article><h1>Photography trends</h1><p>By Taya Iv · August 19, 2025</p><p>Body.</p></article>");

        Assert.Equal(new DateTimeOffset(2025, 1, 29, 20, 47, 55, TimeSpan.Zero), m.Published);
        Assert.Equal(new DateTimeOffset(2025, 8, 19, 13, 25, 59, TimeSpan.Zero), m.Modified);
    }

    [Fact]
    public void Date_shown_by_the_headline_that_is_the_modified_day_dates_a_page_without_a_published_date()
    {
        PageMetadata m = Html.Read(
            """<meta property="article:modified_time" content="2025-08-19T13:25:59+00:00">""",
            "<article><h1>Photography trends</h1><p>By Taya Iv · August 19, 2025</p><p>Body.</p></article>");

        Assert.Equal(new DateTimeOffset(2025, 8, 19, 13, 25, 59, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void Date_shown_a_time_zone_away_from_the_published_timestamp_keeps_the_timestamp()
    {
        PageMetadata m = Html.Read(
            """<meta property="article:published_time" content="2026-02-23T00:57:30+00:00">""",
            "<article><h1>Backpacking essentials</h1><p>By Sara Peter · February 22, 2026</p><p>Body.</p></article>");

        Assert.Equal(new DateTimeOffset(2026, 2, 23, 0, 57, 30, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void Date_shown_two_days_from_the_metadata_dates_is_the_publication_date()
    {
        PageMetadata m = Html.Read(
            """<meta property="article:published_time" content="2026-02-24T09:00:00+00:00">""",
            "<article><h1>Backpacking essentials</h1><p>By Sara Peter · February 22, 2026</p><p>Body.</p></article>");

        Assert.Equal(new DateOnly(2026, 2, 22), DateOnly.FromDateTime(m.Published!.Value.DateTime));
    }

    [Fact]
    public void Date_labelled_updated_does_not_replace_the_published_date()
    {
        PageMetadata m = Html.Read(
            """<meta property="article:published_time" content="2025-01-29T20:47:55+00:00"><meta property="article:modified_time" content="2025-08-19T13:25:59+00:00">""",
            "<article><h1>Photography trends</h1><p>Last updated: August 19, 2025</p><p>Body.</p></article>");

        Assert.Equal(new DateTimeOffset(2025, 1, 29, 20, 47, 55, TimeSpan.Zero), m.Published);
        Assert.Equal(new DateTimeOffset(2025, 8, 19, 13, 25, 59, TimeSpan.Zero), m.Modified);
    }

    [Fact]
    public void Date_written_under_the_headline_is_used_when_the_page_has_no_date_metadata()
    {
        PageMetadata m = Html.Read("", "<article><h1>Garden notes</h1><div class=\"meta\">Posted on 3. März 2024</div><p>Body.</p></article>");

        Assert.Equal(new DateTimeOffset(2024, 3, 3, 0, 0, 0, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void Day_first_numeric_date_under_the_headline_is_read()
    {
        PageMetadata m = Html.Read("", "<main><h1>Notes on a release</h1><p>Posted on the 15/12/2025 at 19:00</p><p>Body.</p></main>");

        Assert.Equal(new DateTimeOffset(2025, 12, 15, 0, 0, 0, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void Updated_date_is_the_date_when_the_page_names_no_publication_date()
    {
        PageMetadata m = Html.Read(
            """<meta property="article:modified_time" content="2025-07-09T10:00:00+00:00">""",
            "<h1>Best tax software</h1><div><span>Updated on <!-- --> July 9, 2025</span></div><p>Body.</p>");

        Assert.Equal(new DateTimeOffset(2025, 7, 9, 10, 0, 0, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void Iso_date_and_time_written_under_the_headline_is_read()
    {
        PageMetadata m = Html.Read("", "<article><h1>Five answers to a hot climate</h1><p>Nick Mead</p><p>2022-11-23T08:10+02:00</p><p>Body.</p></article>");

        Assert.Equal(new DateOnly(2022, 11, 23), DateOnly.FromDateTime(m.Published!.Value.DateTime));
    }

    [Fact]
    public void Published_meta_tag_gives_the_date()
    {
        PageMetadata m = Html.Read("""<meta name="published" content="July 17, 2025"><meta name="published-date" content="2021-02-16">""");

        Assert.Equal(new DateTimeOffset(2025, 7, 17, 0, 0, 0, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void Date_labelled_published_far_from_the_headline_dates_a_page_without_date_metadata()
    {
        string filler = string.Concat(Enumerable.Repeat("<p>A long paragraph of the article that goes on and on. 12 items.</p>", 120));
        PageMetadata m = Html.Read("", $"<main><h1>A treatise on coffee</h1>{filler}<aside><span>Published</span><span>Feb 2, 2023</span></aside></main>");

        Assert.Equal(new DateTimeOffset(2023, 2, 2, 0, 0, 0, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void Date_in_prose_without_a_publication_label_does_not_date_the_page()
    {
        string filler = string.Concat(Enumerable.Repeat("<p>A long paragraph of the article that goes on and on. 12 items.</p>", 120));
        PageMetadata m = Html.Read("", $"<main><h1>A treatise on coffee</h1>{filler}<p>The law changed on Feb 2, 2023 for everyone.</p></main>");

        Assert.Null(m.Published);
    }

    [Fact]
    public void Page_showing_both_metadata_dates_is_dated_by_the_published_one()
    {
        PageMetadata m = Html.Read(
            """<meta property="article:published_time" content="2025-04-24T16:12:49+00:00"><meta property="article:modified_time" content="2025-05-21T14:06:47+00:00">""",
            "<h1>Espresso machines under $500</h1><div><span>May 21, 2025</span> <span>April 24, 2025</span></div><p>Body.</p>");

        Assert.Equal(new DateTimeOffset(2025, 4, 24, 16, 12, 49, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void Published_label_not_followed_by_a_date_gives_no_date()
    {
        string body = string.Concat(Enumerable.Repeat("<p>The plan would be published next week after a long debate.</p>", 4000));
        PageMetadata m = Html.Read("", $"<article><h1>Budget</h1>{body}</article>");

        Assert.Null(m.Published);
    }
}
