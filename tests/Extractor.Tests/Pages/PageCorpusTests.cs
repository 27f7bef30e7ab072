using System.Text.Json;
using Extractor.Tests.Golden;

namespace Extractor.Tests.Pages;

/// <summary>
/// The golden corpus: every folder under <c>Pages/</c> is one case with <c>source.html</c> (and optionally
/// <c>case.json</c> giving the page's <c>address</c>); its extraction must equal <c>article.verified.json</c> and
/// <c>article.verified.md</c>. Add a case by adding a folder; UPDATE_GOLDEN=1 writes its files for review.
/// </summary>
public sealed class PageCorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string dir in Directory.GetDirectories(PagesDirectory()).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(dir, "source.html")))
            {
                data.Add(Path.GetFileName(dir));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Page_extracts_to_its_verified_json_and_markdown(string name)
    {
        Article article = ExtractCase(name);
        string dir = Path.Combine(PagesDirectory(), name);
        GoldenFile.Verify(article.ToJson() + "\n", Path.Combine(dir, "article.verified.json"));
        GoldenFile.Verify(article.ToMarkdown(), Path.Combine(dir, "article.verified.md"));
    }

    internal static Article ExtractCase(string name)
    {
        string dir = Path.Combine(PagesDirectory(), name);
        string html = File.ReadAllText(Path.Combine(dir, "source.html"));
        Uri? address = null;
        string caseFile = Path.Combine(dir, "case.json");
        if (File.Exists(caseFile))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(caseFile));
            if (doc.RootElement.TryGetProperty("address", out var a) && a.GetString() is { } s)
            {
                address = new Uri(s);
            }
        }

        using var extractor = new ArticleExtractor();
        return extractor.Extract(html, address);
    }

    internal static string PagesDirectory() => RepositoryPaths.TestSource("Pages");
}
