using System.Text;

namespace Extractor.Tests.Hostile;

public sealed class ExtractionBudgetTests
{
    private const string Page = "<html><body><article><h1>Title</h1><p>A paragraph of article text, long enough to count as the body.</p></article></body></html>";

    private static string ManyParagraphs() =>
        "<article>" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<p>Paragraph {i} with some words in it.</p>")) + "</article>";

    [Fact]
    public void Extraction_longer_than_the_timeout_fails_as_timeout()
    {
        // A clock on which every timer is already due: the budget has run out before the first stage, whatever the
        // machine's load (a real one-tick timer could fire after a fast extraction had finished).
        using var extractor = new ArticleExtractor(new ExtractorOptions { ExtractionTimeout = TimeSpan.FromSeconds(1), TimeProvider = new ExpiredClock() });

        var error = Assert.Throws<ExtractionException>(() => extractor.Extract(ManyParagraphs()));

        Assert.Equal(ExtractionErrorKind.Timeout, error.Kind);
    }

    [Fact]
    public void Cancellation_by_the_caller_stays_an_operation_cancelled_exception()
    {
        using var extractor = new ArticleExtractor();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => extractor.Extract(Page, cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task A_stream_gives_the_same_article_as_the_string()
    {
        using var extractor = new ArticleExtractor();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Page));

        Article fromStream = await extractor.ExtractAsync(stream, new Uri("https://example.com/a"));
        Article fromString = extractor.Extract(Page, new Uri("https://example.com/a"));

        Assert.Equal(fromString.ToJson(), fromStream.ToJson());
    }

    [Fact]
    public async Task A_stream_longer_than_the_byte_limit_fails_as_too_large()
    {
        using var extractor = new ArticleExtractor(new ExtractorOptions { MaxResponseBytes = 4096 });
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ManyParagraphs()));

        var error = await Assert.ThrowsAsync<ExtractionException>(() => extractor.ExtractAsync(stream));

        Assert.Equal(ExtractionErrorKind.TooLarge, error.Kind);
    }

    [Fact]
    public async Task A_stream_read_is_cancelled_by_the_caller()
    {
        using var extractor = new ArticleExtractor();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Page));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => extractor.ExtractAsync(stream, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Deep_markup_within_the_limits_is_flattened_not_refused()
    {
        string html = string.Concat(Enumerable.Repeat("<div>", 5_000)) + Page;
        // No extraction budget: the test pins flattening, and a busy machine must not turn it into a timeout.
        using var extractor = new ArticleExtractor(new ExtractorOptions { MaxNestingDepth = 64, ExtractionTimeout = Timeout.InfiniteTimeSpan });

        // The article sits below 5,000 divs: its tags are left out, its text is kept in the deepest div.
        var error = Record.Exception(() => extractor.Extract(html));

        Assert.True(error is null or ExtractionException { Kind: ExtractionErrorKind.NoArticle });
    }

    /// <summary>A clock whose timers fire as soon as they are created.</summary>
    private sealed class ExpiredClock : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            callback(state);
            return System.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }
}
