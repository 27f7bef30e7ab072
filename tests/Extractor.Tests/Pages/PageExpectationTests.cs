using System.Globalization;
using System.Text.Json;

namespace Extractor.Tests.Pages;

/// <summary>
/// Hand-written expectations for corpus cases that have an <c>expected.json</c>: the metadata fields it names
/// (headline, authors, published with its offset, siteName, language) and <c>mustContain</c> snippets of the body.
/// Unlike the golden files these are not regenerated, so they pin what the page really says.
/// </summary>
public sealed class PageExpectationTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string dir in Directory.GetDirectories(PageCorpusTests.PagesDirectory()).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(dir, "source.html")) && File.Exists(Path.Combine(dir, "expected.json")))
            {
                data.Add(Path.GetFileName(dir));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Page_metadata_and_body_meet_its_hand_written_expectations(string name)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(PageCorpusTests.PagesDirectory(), name, "expected.json")));
        JsonElement e = expected.RootElement;
        Article article = PageCorpusTests.ExtractCase(name);

        if (e.TryGetProperty("headline", out JsonElement headline))
        {
            Assert.Equal(headline.GetString(), article.Headline);
        }

        if (e.TryGetProperty("authors", out JsonElement authors))
        {
            Assert.Equal(authors.EnumerateArray().Select(a => a.GetString()!), article.Authors);
        }

        if (e.TryGetProperty("published", out JsonElement published))
        {
            DateTimeOffset? want = published.GetString() is { } s ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture) : null;
            Assert.Equal(want, article.Published);
            Assert.Equal(want?.Offset, article.Published?.Offset);
        }

        if (e.TryGetProperty("siteName", out JsonElement siteName))
        {
            Assert.Equal(siteName.GetString(), article.SiteName);
        }

        if (e.TryGetProperty("language", out JsonElement language))
        {
            Assert.Equal(language.GetString(), article.Language);
        }

        if (e.TryGetProperty("mustContain", out JsonElement mustContain))
        {
            foreach (JsonElement snippet in mustContain.EnumerateArray())
            {
                Assert.Contains(snippet.GetString()!, article.Text, StringComparison.Ordinal);
            }
        }
    }
}
