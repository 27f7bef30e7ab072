using Extractor.Metadata;

namespace Extractor.Tests.Metadata;

public sealed class MetaTagTests
{
    [Fact]
    public void OpenGraph_and_article_meta_give_the_fields()
    {
        PageMetadata m = Html.Read("""
            <meta property="og:title" content="Harbour reopens">
            <meta property="og:site_name" content="Coast Times">
            <meta property="og:description" content="The harbour reopened.">
            <meta property="og:image" content="/media/harbour.jpg">
            <meta property="og:url" content="https://coast.example/harbour">
            <meta property="article:published_time" content="2020-02-03T04:05:06+01:00">
            <meta property="article:modified_time" content="2020-02-04T00:00:00+01:00">
            <meta property="article:author" content="https://facebook.example/someone">
            <meta name="author" content="Kim Lee">
            """, address: new Uri("https://coast.example/news?id=1"));

        Assert.Equal("Harbour reopens", m.Headline);
        Assert.Equal("Coast Times", m.SiteName);
        Assert.Equal("The harbour reopened.", m.Description);
        Assert.Equal(new Uri("https://coast.example/media/harbour.jpg"), m.LeadImage);
        Assert.Equal(new Uri("https://coast.example/harbour"), m.CanonicalUrl);
        Assert.Equal(new DateTimeOffset(2020, 2, 3, 4, 5, 6, TimeSpan.FromHours(1)), m.Published);
        Assert.Equal(new DateTimeOffset(2020, 2, 4, 0, 0, 0, TimeSpan.FromHours(1)), m.Modified);
        Assert.Equal(["Kim Lee"], m.Authors);
    }

    [Fact]
    public void Canonical_link_wins_over_og_url()
    {
        PageMetadata m = Html.Read("""<link rel="canonical" href="/a/b"><meta property="og:url" content="https://other.example/x">""", address: new Uri("https://site.example/a/b?utm=1"));

        Assert.Equal(new Uri("https://site.example/a/b"), m.CanonicalUrl);
    }

    [Fact]
    public void Dublin_core_gives_title_creator_and_date()
    {
        PageMetadata m = Html.Read("""
            <meta name="DC.title" content="Annual report on rivers">
            <meta name="DC.creator" content="Hanna Berg">
            <meta name="DC.date" content="2019-11-30">
            <meta name="dcterms.language" content="de-DE">
            """);

        Assert.Equal("Annual report on rivers", m.Headline);
        Assert.Equal(["Hanna Berg"], m.Authors);
        Assert.Equal(new DateTimeOffset(2019, 11, 30, 0, 0, 0, TimeSpan.Zero), m.Published);
        Assert.Equal("de", m.Language);
    }

    [Fact]
    public void Parsely_and_sailthru_meta_are_read()
    {
        PageMetadata m = Html.Read("""
            <meta name="parsely-title" content="Rates rise again">
            <meta name="parsely-author" content="Omar Said">
            <meta name="sailthru.date" content="2021-07-08 14:00:00">
            """);

        Assert.Equal("Rates rise again", m.Headline);
        Assert.Equal(["Omar Said"], m.Authors);
        Assert.Equal(new DateTimeOffset(2021, 7, 8, 14, 0, 0, TimeSpan.Zero), m.Published);
    }

    [Theory]
    [InlineData("w-published-date", "2025-05-27T06:03:43.274Z", "2025-05-27T06:03:43.274+00:00")]
    [InlineData("bt:pubDate", "2024-02-01 09:30:00", "2024-02-01T09:30:00+00:00")]
    [InlineData("site.date_published", "2023-10-05", "2023-10-05T00:00:00+00:00")]
    public void A_publication_date_key_behind_a_site_prefix_dates_the_page(string key, string content, string expected)
    {
        PageMetadata m = Html.Read($"""<meta name="{key}" content="{content}">""");

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), m.Published);
    }

    [Theory]
    [InlineData("expiration-date")]
    [InlineData("republished-date")]
    [InlineData("og:modified_time")]
    public void A_key_that_only_resembles_a_publication_date_key_dates_nothing(string key)
    {
        Assert.Null(Html.Read($"""<meta name="{key}" content="2023-10-05">""").Published);
    }

    [Fact]
    public void Lead_image_falls_back_to_twitter_then_json_ld()
    {
        Assert.Equal(new Uri("https://t.example/card.png"), Html.Read("""<meta name="twitter:image" content="https://t.example/card.png">""").LeadImage);
        Assert.Equal(
            new Uri("https://j.example/i.png"),
            Html.Read(Html.JsonLd("""{"@type":"Article","headline":"x","image":{"url":"https://j.example/i.png"}}""")).LeadImage);
    }

    [Fact]
    public void Relative_values_without_an_address_are_dropped_not_thrown()
    {
        PageMetadata m = Html.Read("""<meta property="og:image" content="/relative.jpg"><link rel="canonical" href="/x">""");

        Assert.Null(m.LeadImage);
        Assert.Null(m.CanonicalUrl);
    }

    [Fact]
    public void Json_ld_url_is_the_canonical_when_the_page_links_none()
    {
        PageMetadata m = Html.Read(Html.JsonLd("""{"@type":"NewsArticle","headline":"H","mainEntityOfPage":{"@type":"WebPage","@id":"https://news.example/a/1"}}"""));

        Assert.Equal(new Uri("https://news.example/a/1"), m.CanonicalUrl);
    }
}
