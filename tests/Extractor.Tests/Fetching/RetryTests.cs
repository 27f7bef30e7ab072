using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Extractor.Tests.Fetching;

public sealed class RetryTests
{
    [Fact]
    public async Task Dropped_connection_is_retried_after_a_backoff_on_the_fake_clock_then_succeeds()
    {
        int requests = 0;
        await using var server = await LocalServer.StartAsync(("/story", context =>
        {
            if (Interlocked.Increment(ref requests) == 1)
            {
                context.Abort();
                return Task.CompletedTask;
            }

            return FetchKit.WriteHtmlAsync(context);
        }));
        var clock = new ObservedClock();
        var fetcher = FetchKit.Fetcher(FetchKit.Options(clock), out var client);
        using var _ = client;

        var fetch = fetcher.FetchAsync(server.Url("/story"), CancellationToken.None);
        TimeSpan backoff = await clock.NextWaitAsync(FetchKit.IsShortWait);

        Assert.InRange(backoff, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30));
        Assert.Equal(1, Volatile.Read(ref requests));
        Assert.False(fetch.IsCompleted);
        clock.Advance(backoff);
        var page = await fetch;

        Assert.Equal(2, page.Attempts);
        Assert.Equal(2, requests);
        Assert.Contains("The river rose", FetchKit.Text(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_503_with_Retry_After_in_seconds_waits_exactly_that_long_then_succeeds()
    {
        var busy = FailingEndpoint.Once(503, () => "7");
        await using var server = await LocalServer.StartAsync(("/busy", busy.HandleAsync));
        var clock = new ObservedClock();
        var fetcher = FetchKit.Fetcher(FetchKit.Options(clock), out var client);
        using var _ = client;

        var fetch = fetcher.FetchAsync(server.Url("/busy"), CancellationToken.None);
        TimeSpan wait = await clock.NextWaitAsync(FetchKit.IsShortWait);

        Assert.Equal(TimeSpan.FromSeconds(7), wait);
        Assert.Equal(1, busy.Requests);
        clock.Advance(wait);
        var page = await fetch;
        Assert.Equal(2, page.Attempts);
    }

    [Fact]
    public async Task Status_429_with_Retry_After_as_an_HTTP_date_waits_until_that_date_then_succeeds()
    {
        var clock = new ObservedClock();
        var limited = FailingEndpoint.Once(429, () => clock.GetUtcNow().AddSeconds(12).ToString("R", CultureInfo.InvariantCulture));
        await using var server = await LocalServer.StartAsync(("/limited", limited.HandleAsync));
        var fetcher = FetchKit.Fetcher(FetchKit.Options(clock), out var client);
        using var _ = client;

        var fetch = fetcher.FetchAsync(server.Url("/limited"), CancellationToken.None);
        TimeSpan wait = await clock.NextWaitAsync(FetchKit.IsShortWait);

        Assert.Equal(TimeSpan.FromSeconds(12), wait);
        clock.Advance(wait);
        var page = await fetch;
        Assert.Equal(2, page.Attempts);
        Assert.Equal(2, limited.Requests);
    }

    [Fact]
    public async Task Retry_After_longer_than_MaxRetryAfter_is_capped()
    {
        var slowDown = FailingEndpoint.Once(503, () => "3600");
        await using var server = await LocalServer.StartAsync(("/slow-down", slowDown.HandleAsync));
        var clock = new ObservedClock();
        var fetcher = FetchKit.Fetcher(FetchKit.Options(clock, o => o.MaxRetryAfter = TimeSpan.FromSeconds(20)), out var client);
        using var _ = client;

        var fetch = fetcher.FetchAsync(server.Url("/slow-down"), CancellationToken.None);
        TimeSpan wait = await clock.NextWaitAsync(FetchKit.IsShortWait);

        Assert.Equal(TimeSpan.FromSeconds(20), wait);
        clock.Advance(wait);
        Assert.Equal(2, (await fetch).Attempts);
    }

    [Fact]
    public async Task Retry_After_that_would_outlast_the_overall_timeout_fails_at_once_with_the_status()
    {
        var endpoint = new FailingEndpoint(503, retryAfter: () => "25");
        await using var server = await LocalServer.StartAsync(("/maintenance", endpoint.HandleAsync));
        var clock = new ObservedClock();
        var fetcher = FetchKit.Fetcher(FetchKit.Options(clock, o => o.Timeout = TimeSpan.FromSeconds(20)), out var client);
        using var _ = client;

        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(server.Url("/maintenance"), CancellationToken.None));

        Assert.Equal(ExtractionErrorKind.HttpStatus, error.Kind);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(1, error.Attempts);
        Assert.Equal(1, endpoint.Requests);
    }

    [Theory]
    [InlineData(404, ExtractionErrorKind.NotFound)]
    [InlineData(410, ExtractionErrorKind.NotFound)]
    [InlineData(403, ExtractionErrorKind.HttpStatus)]
    public async Task Client_errors_other_than_408_and_429_are_not_retried(int status, ExtractionErrorKind kind)
    {
        var endpoint = new FailingEndpoint(status);
        await using var server = await LocalServer.StartAsync(("/missing", endpoint.HandleAsync));
        var fetcher = FetchKit.Fetcher(FetchKit.Options(new ObservedClock()), out var client);
        using var _ = client;

        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(server.Url("/missing"), CancellationToken.None));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(1, error.Attempts);
        Assert.Equal(1, endpoint.Requests);
        Assert.Equal(server.Url("/missing"), error.Address);
    }

    [Fact]
    public async Task Persistent_502_fails_with_http_status_after_every_retry()
    {
        var endpoint = new FailingEndpoint(502);
        await using var server = await LocalServer.StartAsync(("/down", endpoint.HandleAsync));
        var options = FetchKit.Options(new ObservedClock(), o => (o.MaxRetries, o.RetryBaseDelay) = (2, TimeSpan.Zero));
        var fetcher = FetchKit.Fetcher(options, out var client);
        using var _ = client;

        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(server.Url("/down"), CancellationToken.None));

        Assert.Equal(ExtractionErrorKind.HttpStatus, error.Kind);
        Assert.Equal("http-status", error.KindName);
        Assert.Equal(502, error.StatusCode);
        Assert.Equal(3, error.Attempts);
        Assert.Equal(3, endpoint.Requests);
    }

    [Fact]
    public async Task Retry_status_codes_are_configurable()
    {
        var endpoint = new FailingEndpoint(503);
        await using var server = await LocalServer.StartAsync(("/teapot", endpoint.HandleAsync));
        var options = FetchKit.Options(new ObservedClock(), o => o.RetryStatusCodes.Remove(503));
        var fetcher = FetchKit.Fetcher(options, out var client);
        using var _ = client;

        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(server.Url("/teapot"), CancellationToken.None));

        Assert.Equal(1, error.Attempts);
        Assert.Equal(1, endpoint.Requests);
    }
}
