using System.Text.Json;
using Extractor.Metadata;
using Extractor.Parsing;
using Extractor.Tests.Pages;

namespace Extractor.Tests.Metadata;

public sealed class SeedMetadataTests
{
    [Fact]
    public void Seed_page_metadata_agrees_with_its_expected_json()
    {
        string dir = Path.Combine(PageCorpusTests.PagesDirectory(), "seed-wordpress");
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        JsonElement e = expected.RootElement;
        using var document = HtmlDocumentLoader.Load(File.ReadAllText(Path.Combine(dir, "source.html")));

        PageMetadata m = MetadataReader.Read(document, null);

        Assert.Equal(e.GetProperty("headline").GetString(), m.Headline);
        Assert.Equal(e.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!), m.Authors);
        Assert.Equal(e.GetProperty("published").GetString(), m.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(e.GetProperty("siteName").GetString(), m.SiteName);
        Assert.Equal(e.GetProperty("language").GetString(), m.Language);
        Assert.Equal(e.GetProperty("leadImage").GetString(), m.LeadImage?.AbsoluteUri);
        Assert.Equal(e.GetProperty("url").GetString(), m.CanonicalUrl?.AbsoluteUri);
    }

    [Fact]
    public void Metadata_reading_leaves_the_document_unchanged()
    {
        string html = File.ReadAllText(Path.Combine(PageCorpusTests.PagesDirectory(), "seed-wordpress", "source.html"));
        using var document = HtmlDocumentLoader.Load(html);
        string before = document.DocumentElement.OuterHtml;

        _ = MetadataReader.Read(document, new Uri("https://worldnewsdesk.example/"));

        Assert.Equal(before, document.DocumentElement.OuterHtml);
    }

    [Fact]
    public void Deeply_nested_page_is_read_without_failing()
    {
        string nested = string.Concat(Enumerable.Repeat("<div>", 20000)) + "<h1>Deep headline</h1><p>By Ann Lee</p><p>March 3, 2024</p>";
        using var document = HtmlDocumentLoader.Load("<html><head><title>Deep headline | Site</title></head><body>" + nested + "</body></html>");

        PageMetadata m = MetadataReader.Read(document, null);

        Assert.Equal("Deep headline", m.Headline);
    }
}
