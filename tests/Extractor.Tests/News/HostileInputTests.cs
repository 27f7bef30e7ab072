using System.Text;
using Extractor.Content;
using Extractor.News;

namespace Extractor.Tests.News;

/// <summary>
/// Inputs built to hurt a naive grammar (every search in the news stage is bounded, so these run in linear
/// time; speed itself is measured by the benchmarks, not here). They must neither throw nor lose the structure.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, string> Bodies() => new()
    {
        { "quotes", Repeat("“a,” said Smith, who said that ", 5_000) },
        { "open marks", Repeat("“", 3_000) },
        { "straight marks", Repeat(" \"x", 3_000) },
        { "capitalised words", Repeat("Smith Jones Lee ", 3_000) + "said: “x”" },
        { "verbs", Repeat("said told added noted ", 5_000) },
        { "commas", Repeat("Smith, ", 3_000) + "said “x”" },
        { "dateline prefix", Repeat("WASHINGTON/", 20_000) + " (AP) — x" },
        { "pronouns", Repeat("“a,” he said. “b,” she said. Mark Jones Lee arrived. ", 3_000) },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Huge_pathological_paragraph_is_analysed_without_error(string name, string body)
    {
        _ = name;
        NewsStructure news = NewsAnalyzer.Analyze([Blocks.Block(body), Blocks.Block(body)], new Uri("https://news.example/x"));

        Assert.Equal(2, news.Blocks.Count);
        Assert.All(news.Quotes, q => Assert.InRange(q.Paragraph, 0, 1));
    }

    [Fact]
    public void Thousands_of_paragraphs_each_with_a_named_speaker_are_analysed_without_error()
    {
        var blocks = Enumerable.Range(0, 5_000)
            .Select(i => Blocks.Block($"“Quote {i},” said Person{i} Name{i}. “More,” he said."))
            .ToList();

        NewsStructure news = NewsAnalyzer.Analyze(blocks, null);

        Assert.Equal(10_000, news.Quotes.Count);
        Assert.Equal("Person7 Name7", news.Quotes[15].Speaker);
    }

    [Fact]
    public void Block_with_thousands_of_links_is_kept_as_body()
    {
        var links = Enumerable.Range(0, 5_000).Select(i => new BlockLink("link " + i, "https://news.example/" + i)).ToList();
        string text = "Related: " + string.Join(" ", links.Select(l => l.Text));

        NewsStructure news = NewsAnalyzer.Analyze([new BodyBlock(BlockKind.Paragraph, text, 0, links)], new Uri("https://news.example/"));

        Assert.Single(news.Blocks);
        Assert.Empty(news.MoreLinks);
    }

    private static string Repeat(string part, int times) => new StringBuilder(part.Length * times).Insert(0, part, times).ToString();
}
