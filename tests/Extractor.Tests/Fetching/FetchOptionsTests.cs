namespace Extractor.Tests.Fetching;

public sealed class FetchOptionsTests
{
    [Fact]
    public async Task Infinite_timeouts_are_accepted_and_fetch_normally()
    {
        await using var server = await LocalServer.StartAsync(("/story", context => FetchKit.WriteHtmlAsync(context)));
        var options = FetchKit.Options(TimeProvider.System, o => (o.Timeout, o.AttemptTimeout) = (Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        var fetcher = FetchKit.Fetcher(options, out var client);
        using var _ = client;

        var page = await fetcher.FetchAsync(server.Url("/story"), CancellationToken.None);

        Assert.Equal(1, page.Attempts);
    }

    [Theory]
    [InlineData(nameof(ExtractorOptions.AttemptTimeout))]
    [InlineData(nameof(ExtractorOptions.Timeout))]
    [InlineData(nameof(ExtractorOptions.MaxResponseBytes))]
    [InlineData(nameof(ExtractorOptions.UserAgent))]
    [InlineData(nameof(ExtractorOptions.PerHostDelay))]
    public void Out_of_range_fetch_options_are_refused_by_the_extractor(string name)
    {
        var options = new ExtractorOptions();
        switch (name)
        {
            case nameof(ExtractorOptions.AttemptTimeout): options.AttemptTimeout = TimeSpan.FromMilliseconds(5); break;
            case nameof(ExtractorOptions.Timeout): options.Timeout = TimeSpan.FromDays(3); break;
            case nameof(ExtractorOptions.MaxResponseBytes): options.MaxResponseBytes = 4L * 1024 * 1024 * 1024; break;
            case nameof(ExtractorOptions.UserAgent): options.UserAgent = "Bot/1.0\r\nX-Injected: yes"; break;
            default: options.PerHostDelay = TimeSpan.FromSeconds(-1); break;
        }

        var error = Assert.Throws<ArgumentException>(() => new ArticleExtractor(options));
        Assert.Equal(name, error.ParamName);
    }
}
