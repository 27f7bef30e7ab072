using Extractor.Metadata;

namespace Extractor.Tests.Metadata;

public sealed class JsonLdTests
{
    [Fact]
    public void NewsArticle_gives_headline_author_dates_publisher_image_language_and_body()
    {
        PageMetadata m = Html.Read(Html.JsonLd("""
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Dam opens after forty years",
             "author":{"@type":"Person","name":"Ana Souza"},"datePublished":"2024-05-02T08:30:00-03:00",
             "dateModified":"2024-05-03T10:00:00-03:00","publisher":{"@type":"Organization","name":"Diário do Vale"},
             "image":{"@type":"ImageObject","url":"https://diario.example/img/dam.jpg"},"inLanguage":"pt-BR",
             "description":"The dam opens.","articleBody":"The dam opened on Thursday."}
            """));

        Assert.Equal("Dam opens after forty years", m.Headline);
        Assert.Equal(["Ana Souza"], m.Authors);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 8, 30, 0, TimeSpan.FromHours(-3)), m.Published);
        Assert.Equal(TimeSpan.FromHours(-3), m.Published!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 10, 0, 0, TimeSpan.FromHours(-3)), m.Modified);
        Assert.Equal("Diário do Vale", m.SiteName);
        Assert.Equal(new Uri("https://diario.example/img/dam.jpg"), m.LeadImage);
        Assert.Equal("pt-BR", m.Language);
        Assert.Equal("The dam opens.", m.Description);
        Assert.Equal("The dam opened on Thursday.", m.JsonLdArticleBody);
    }

    [Fact]
    public void Graph_with_id_references_resolves_author_publisher_and_image()
    {
        PageMetadata m = Html.Read(Html.JsonLd("""
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"https://x.example/#website","name":"Example Post"},
              {"@type":"ImageObject","@id":"https://x.example/#primaryimage","url":"https://x.example/lead.png"},
              {"@type":"WebPage","@id":"https://x.example/story/#webpage","name":"Story - Example Post","primaryImageOfPage":{"@id":"https://x.example/#primaryimage"}},
              {"@type":"Article","@id":"https://x.example/story/#article","headline":"Story","isPartOf":{"@id":"https://x.example/story/#webpage"},
               "author":{"@id":"https://x.example/#/schema/person/1"},"datePublished":"2023-01-09T12:00:00+00:00",
               "publisher":{"@id":"https://x.example/#organization"},"image":{"@id":"https://x.example/#primaryimage"}},
              {"@type":"Organization","@id":"https://x.example/#organization","name":"Example Post Ltd"},
              {"@type":"Person","@id":"https://x.example/#/schema/person/1","name":"Lee Chan"}]}
            """));

        Assert.Equal("Story", m.Headline);
        Assert.Equal(["Lee Chan"], m.Authors);
        Assert.Equal("Example Post Ltd", m.SiteName);
        Assert.Equal(new Uri("https://x.example/lead.png"), m.LeadImage);
        Assert.Equal(new DateTimeOffset(2023, 1, 9, 12, 0, 0, TimeSpan.Zero), m.Published);
    }

    [Theory]
    [InlineData("BlogPosting")]
    [InlineData("ReportageNewsArticle")]
    [InlineData("OpinionNewsArticle")]
    [InlineData("Article")]
    public void Article_subtypes_are_read(string type)
    {
        PageMetadata m = Html.Read(Html.JsonLd($$"""{"@type":"{{type}}","headline":"A subtype headline","author":"Sam Reed"}"""));

        Assert.Equal("A subtype headline", m.Headline);
        Assert.Equal(["Sam Reed"], m.Authors);
    }

    [Fact]
    public void Top_level_array_and_type_array_find_the_article_among_other_nodes()
    {
        PageMetadata m = Html.Read(Html.JsonLd("""
            [{"@type":"BreadcrumbList","itemListElement":[]},
             {"@type":["NewsArticle","Article"],"headline":"Found in an array","author":[{"@type":"Person","name":"Jo Park"},{"@type":"Person","name":"Ravi Rao"}],
              "image":["https://img.example/1.jpg","https://img.example/2.jpg"]}]
            """));

        Assert.Equal("Found in an array", m.Headline);
        Assert.Equal(["Jo Park", "Ravi Rao"], m.Authors);
        Assert.Equal(new Uri("https://img.example/1.jpg"), m.LeadImage);
    }

    [Fact]
    public void WebPage_mainEntity_holds_the_article()
    {
        PageMetadata m = Html.Read(Html.JsonLd("""
            {"@type":"WebPage","name":"Page name | Site","mainEntity":{"@type":"NewsArticle","headline":"Main entity headline","datePublished":"2022-06-01"}}
            """));

        Assert.Equal("Main entity headline", m.Headline);
        Assert.Equal(new DateTimeOffset(2022, 6, 1, 0, 0, 0, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void Organization_author_is_used_only_when_no_person_is_named()
    {
        string jsonLd = Html.JsonLd("""{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"Wire Desk"}}""");

        Assert.Equal(["Wire Desk"], Html.Read(jsonLd).Authors);
        Assert.Equal(["Mia Holt"], Html.Read(jsonLd + "<meta name=\"author\" content=\"Mia Holt\">").Authors);
    }

    [Theory]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"Broken\",")]
    [InlineData("not json at all")]
    [InlineData("{\"@type\": [1, {\"x\": null}], \"headline\": {\"deep\": [[[[]]]]}, \"author\": 42}")]
    [InlineData("")]
    public void Broken_json_ld_is_tolerated(string json)
    {
        PageMetadata m = Html.Read(Html.JsonLd(json) + "<title>Fallback title</title>");

        Assert.Equal("Fallback title", m.Headline);
    }

    [Fact]
    public void Raw_newlines_and_trailing_commas_inside_json_ld_are_repaired()
    {
        PageMetadata m = Html.Read(Html.JsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"Line one\nline two\",}"));

        Assert.Equal("Line one line two", m.Headline);
    }
}
