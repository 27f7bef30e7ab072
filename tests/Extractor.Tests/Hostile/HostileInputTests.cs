using System.Text;
using Extractor.Tests.Golden;

namespace Extractor.Tests.Hostile;

/// <summary>
/// Every hostile case is answered: an article that keeps its promises, or an <see cref="ExtractionException"/> with
/// a kind, never another exception, a crash or a hang. (Times are measured by the benchmark in tests/Extractor.Fuzz,
/// not here; the watchdog below only turns a hang into a failure.)
/// </summary>
public sealed class HostileInputTests
{
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(60);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (HostileCase hostile in HostileCorpus.All(CorpusDirectory))
        {
            data.Add(hostile.Name);
        }

        return data;
    }

    private static string CorpusDirectory => RepositoryPaths.TestSource("Hostile", "Corpus");

    [Fact]
    public void The_corpus_has_at_least_twenty_cases()
    {
        Assert.True(HostileCorpus.All(CorpusDirectory).Count >= 20);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_input_is_answered_with_an_article_or_a_documented_error(string name)
    {
        HostileCase hostile = HostileCorpus.All(CorpusDirectory).Single(c => c.Name == name);
        Outcome outcome = await ExtractAsync(hostile.Bytes());

        if (outcome.Article is { } article)
        {
            ArticleInvariants.Check(article);
        }
        else
        {
            Assert.True(Enum.IsDefined(outcome.Error!.Kind));
        }
    }

    [Theory]
    [InlineData("nested-divs.html")]
    [InlineData("nested-tables.html")]
    [InlineData("deep-svg.html")]
    [InlineData("unclosed-inline.html")]
    [InlineData("script-flood.html")]
    [InlineData("huge-attribute.html")]
    [InlineData("unclosed-comment.html")]
    [InlineData("entity-flood.html")]
    [InlineData("custom-siblings.html")]
    public async Task Hostile_markup_around_an_article_keeps_its_text_or_says_why(string name)
    {
        Outcome outcome = await ExtractAsync(HostileCorpus.All(CorpusDirectory).Single(c => c.Name == name).Bytes());

        // Flattening keeps the text; the flattened page may still leave no paragraph to find (no-article) or, with
        // every level kept as a sibling, more elements than allowed (too-complex); never an error of another kind.
        if (outcome.Article is { } article)
        {
            Assert.Contains("harbour", article.Text, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(outcome.Error!.Kind, new[] { ExtractionErrorKind.NoArticle, ExtractionErrorKind.TooComplex });
        }
    }

    [Theory]
    [InlineData("million-siblings.html", ExtractionErrorKind.TooComplex)]
    [InlineData("binary.bin", ExtractionErrorKind.NotHtml)]
    [InlineData("empty.html", ExtractionErrorKind.NoArticle)]
    [InlineData("whitespace-only.html", ExtractionErrorKind.NoArticle)]
    [InlineData("parser-exception.html", ExtractionErrorKind.InvalidInput)]
    public async Task Some_hostile_inputs_fail_with_a_known_kind(string name, ExtractionErrorKind kind)
    {
        Outcome outcome = await ExtractAsync(HostileCorpus.All(CorpusDirectory).Single(c => c.Name == name).Bytes());

        Assert.Equal(kind, outcome.Error?.Kind);
    }

    [Fact]
    public async Task Huge_text_is_truncated_to_the_input_limit()
    {
        byte[] bytes = HostileCorpus.Generated.Single(c => c.Name == "huge-text.html").Bytes();

        Outcome outcome = await ExtractAsync(bytes);

        Assert.NotNull(outcome.Article);
        Assert.InRange(outcome.Article!.Text.Length, 1, new ExtractorOptions().MaxInputLength);
    }

    [Fact]
    public void Entity_declarations_in_a_doctype_are_not_expanded()
    {
        string html = File.ReadAllText(Path.Combine(CorpusDirectory, "billion-laughs.html"));
        using var extractor = new ArticleExtractor();

        Article article = extractor.Extract(html);

        Assert.Contains("&lol9;", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streamed_segments_that_point_into_each_other_leave_the_article_whole()
    {
        string paragraph = "<p>The harbour master said the new pier would open to ferries and fishing boats next spring.</p>";
        string html = "<html><body><article><h1>Harbour pier</h1>" + paragraph + paragraph.Replace("spring", "summer", StringComparison.Ordinal)
            + "</article><div hidden id=\"S:1\"><template id=\"B:2\"></template></div>"
            + "<div hidden id=\"S:2\"><template id=\"B:1\"></template><p>Loop.</p></div></body></html>";

        Outcome outcome = await ExtractAsync(Encoding.UTF8.GetBytes(html));

        Assert.NotNull(outcome.Article);
        Assert.Contains("harbour master", outcome.Article!.Text, StringComparison.Ordinal);
    }

    private static async Task<Outcome> ExtractAsync(byte[] bytes)
    {
        // No extraction budget: these tests pin what comes out, not how fast, and a budget would turn a busy machine
        // into a timeout. The watchdog still turns a hang into a failure.
        using var extractor = new ArticleExtractor(new ExtractorOptions { ExtractionTimeout = Timeout.InfiniteTimeSpan });
        using var stream = new MemoryStream(bytes);
        Task<Article> extraction = Task.Run(() => extractor.ExtractAsync(stream, new Uri("https://example.com/news/story")));
        try
        {
            return new Outcome(await extraction.WaitAsync(Watchdog), null);
        }
        catch (ExtractionException e)
        {
            return new Outcome(null, e);
        }
    }

    private sealed record Outcome(Article? Article, ExtractionException? Error);
}
