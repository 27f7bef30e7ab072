using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Extractor.Content;
using Extractor.News;
using Extractor.Tests.Golden;
using Extractor.Tests.Pages;

namespace Extractor.Tests.News;

/// <summary>
/// The seed page's news structure against <c>Pages/seed-wordpress/expected.json</c> (a copy of the shared seed):
/// the dateline, all eight quotes with speaker, verb and paragraph, and the one "More:" link.
/// </summary>
public sealed partial class SeedPageNewsTests
{
    private static readonly Uri PageAddress = new("https://worldnewsdesk.example/2021/03/14/biden-administration-quietly-reaches-out-to-north-korea/");

    /// <summary>
    /// News stage only: body blocks built from the page's real story paragraphs (the &lt;p&gt; elements of the story
    /// &lt;article&gt;, the "More:" paragraph and its link included), independent of the content stage.
    /// </summary>
    [Fact]
    public void Seed_page_paragraphs_give_the_expected_dateline_quotes_and_more_link()
    {
        NewsStructure news = NewsAnalyzer.Analyze(SeedBlocks(), PageAddress);
        using JsonDocument expected = Expected();
        JsonElement root = expected.RootElement;

        AssertDateline(root.GetProperty("dateline"), news.Dateline);
        Assert.Equal(Strings(root.GetProperty("paragraphs")), news.Blocks.Select(b => (string?)b.Text).ToList());
        AssertQuotes(root.GetProperty("quotes"), news.Quotes);
        AssertMoreLinks(root.GetProperty("moreLinks"), news.MoreLinks);
    }

    /// <summary>
    /// End to end through <see cref="ArticleExtractor.Extract"/>: depends on the content stage handing over the
    /// story's paragraphs in order, with nothing but short pre-story blocks (the "By admin" byline, dropped with the
    /// dateline) before the first. It passes with the foundation's content stage too, since the boilerplate it
    /// keeps comes after the story; if a content change breaks it, the news-stage test above still pins this stage.
    /// </summary>
    [Fact]
    public void Seed_page_end_to_end_needs_content_stage_gives_the_expected_dateline_quotes_and_more_link()
    {
        Article article = PageCorpusTests.ExtractCase("seed-wordpress");
        using JsonDocument expected = Expected();
        JsonElement root = expected.RootElement;

        AssertDateline(root.GetProperty("dateline"), article.Dateline);
        AssertQuotes(root.GetProperty("quotes"), article.Quotes);
        AssertMoreLinks(root.GetProperty("moreLinks"), article.MoreLinks);
        Assert.StartsWith(root.GetProperty("dateline").GetProperty("text").GetString() + " ", article.Text, StringComparison.Ordinal);
    }

    internal static List<BodyBlock> SeedBlocks()
    {
        string html = File.ReadAllText(RepositoryPaths.TestSource("Pages", "seed-wordpress", "source.html"));
        var document = new HtmlParser().ParseDocument(html);
        var story = document.QuerySelector("article.single") ?? throw new InvalidOperationException("no story article");
        var blocks = new List<BodyBlock>();
        foreach (var p in story.QuerySelectorAll("p"))
        {
            var links = p.QuerySelectorAll("a[href]")
                .Select(a => new BlockLink(Normalize(a.TextContent), new Uri(PageAddress, a.GetAttribute("href")!).AbsoluteUri))
                .ToList();
            blocks.Add(new BodyBlock(BlockKind.Paragraph, Normalize(p.TextContent), 0, links));
        }

        return blocks;
    }

    private static JsonDocument Expected() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.TestSource("Pages", "seed-wordpress", "expected.json")));

    private static void AssertDateline(JsonElement expected, Dateline? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.GetProperty("text").GetString(), actual.Text);
        Assert.Equal(expected.GetProperty("location").GetString(), actual.Location);
        Assert.Equal(expected.GetProperty("agency").GetString(), actual.Agency);
    }

    private static void AssertQuotes(JsonElement expected, IReadOnlyList<Quote> actual)
    {
        var want = expected.EnumerateArray()
            .Select(q => (q.GetProperty("text").GetString(), q.GetProperty("speaker").GetString(), q.GetProperty("verb").GetString(), q.GetProperty("paragraph").GetInt32()))
            .ToList();
        var got = actual.Select(q => ((string?)q.Text, q.Speaker, q.Verb, q.Paragraph)).ToList();
        Assert.Equal(want, got);
    }

    private static void AssertMoreLinks(JsonElement expected, IReadOnlyList<MoreLink> actual)
    {
        var want = expected.EnumerateArray()
            .Select(l => (l.GetProperty("text").GetString(), l.GetProperty("url").GetString(), l.GetProperty("afterParagraph").GetInt32()))
            .ToList();
        var got = actual.Select(l => ((string?)l.Text, (string?)l.Url.AbsoluteUri, l.AfterParagraph)).ToList();
        Assert.Equal(want, got);
    }

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
