using System.Collections.Concurrent;
using Extractor.Tests.Pages;

namespace Extractor.Tests.Parsing;

/// <summary>
/// The loader shares AngleSharp's (stateless) services between parses; each parse has its own browsing context.
/// One extractor used from several threads at once must give every page the article it gives it alone.
/// </summary>
public sealed class ConcurrentExtractionTests
{
    [Fact]
    public void One_extractor_on_several_threads_gives_each_page_the_article_it_gives_alone()
    {
        string[] names = Directory.GetDirectories(PageCorpusTests.PagesDirectory())
            .Where(dir => File.Exists(Path.Combine(dir, "source.html")))
            .Select(dir => Path.GetFileName(dir))
            .ToArray();
        var alone = names.ToDictionary(name => name, name => PageCorpusTests.ExtractCase(name).ToJson());
        var pages = names.ToDictionary(name => name, name => File.ReadAllText(Path.Combine(PageCorpusTests.PagesDirectory(), name, "source.html")));
        var addresses = names.ToDictionary(name => name, Address);
        var different = new ConcurrentBag<string>();
        using var extractor = new ArticleExtractor();

        Parallel.For(0, names.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            string name = names[i % names.Length];
            if (extractor.Extract(pages[name], addresses[name]).ToJson() != alone[name])
            {
                different.Add(name);
            }
        });

        Assert.Empty(different);
    }

    private static Uri? Address(string name)
    {
        string file = Path.Combine(PageCorpusTests.PagesDirectory(), name, "case.json");
        if (!File.Exists(file))
        {
            return null;
        }

        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
        return doc.RootElement.TryGetProperty("address", out var a) && a.GetString() is { } s ? new Uri(s) : null;
    }
}
