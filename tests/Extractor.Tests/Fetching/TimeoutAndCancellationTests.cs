using Microsoft.AspNetCore.Http;

namespace Extractor.Tests.Fetching;

public sealed class TimeoutAndCancellationTests
{
    [Fact]
    public async Task Server_that_stalls_mid_body_hits_the_attempt_timeout()
    {
        var stalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LocalServer.StartAsync(("/stall", async context =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<!doctype html><html><body><p>The river rose two met");
            await context.Response.Body.FlushAsync();
            stalled.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }));
        var clock = new ObservedClock();
        var attemptTimeout = TimeSpan.FromSeconds(5);
        var options = FetchKit.Options(clock, o => (o.AttemptTimeout, o.MaxRetries) = (attemptTimeout, 0));
        var fetcher = FetchKit.ObservedFetcher(options, out var client, out var observer);
        using var _ = client;

        var fetch = fetcher.FetchAsync(server.Url("/stall"), CancellationToken.None);
        await stalled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(200, await observer.HeadersReceived.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(attemptTimeout, await clock.NextWaitAsync(due => due == attemptTimeout));
        Assert.False(fetch.IsCompleted);
        clock.Advance(attemptTimeout);
        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetch);

        Assert.Equal(ExtractionErrorKind.Timeout, error.Kind);
        Assert.Contains("per-attempt", error.Message, StringComparison.Ordinal);
        Assert.Equal(200, error.StatusCode);
        Assert.Equal(1, error.Attempts);
    }

    [Fact]
    public async Task Stalled_attempts_are_retried_until_the_overall_timeout()
    {
        using var arrivals = new SemaphoreSlim(0);
        await using var server = await LocalServer.StartAsync(("/stall", async context =>
        {
            arrivals.Release();
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<!doctype html><html><body><p>");
            await context.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }));
        var clock = new ObservedClock();
        var options = FetchKit.Options(clock, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(30);
            o.AttemptTimeout = TimeSpan.FromSeconds(20);
            o.RetryBaseDelay = TimeSpan.Zero;
        });
        var fetcher = FetchKit.Fetcher(options, out var client);
        using var _ = client;

        var fetch = fetcher.FetchAsync(server.Url("/stall"), CancellationToken.None);
        Assert.True(await arrivals.WaitAsync(TimeSpan.FromSeconds(10)));
        await clock.NextWaitAsync(due => due == TimeSpan.FromSeconds(20));
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(await arrivals.WaitAsync(TimeSpan.FromSeconds(10)));
        await clock.NextWaitAsync(due => due == TimeSpan.FromSeconds(20));
        clock.Advance(TimeSpan.FromSeconds(10));
        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetch);

        Assert.True(error.Kind == ExtractionErrorKind.Timeout, error.ToString());
        Assert.Contains("overall", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Attempts);
    }

    [Fact]
    public async Task Cancellation_during_a_retry_wait_throws_OperationCanceledException()
    {
        var endpoint = new FailingEndpoint(503, retryAfter: () => "10");
        await using var server = await LocalServer.StartAsync(("/busy", endpoint.HandleAsync));
        var clock = new ObservedClock();
        var fetcher = FetchKit.Fetcher(FetchKit.Options(clock), out var client);
        using var _ = client;
        using var cancellation = new CancellationTokenSource();

        var fetch = fetcher.FetchAsync(server.Url("/busy"), cancellation.Token);
        Assert.Equal(TimeSpan.FromSeconds(10), await clock.NextWaitAsync(FetchKit.IsShortWait));
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
        Assert.IsNotType<ExtractionException>(error.InnerException);
        Assert.Equal(1, endpoint.Requests);
    }

    [Fact]
    public async Task Cancellation_through_the_extractor_is_not_reported_as_an_extraction_failure()
    {
        var stalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LocalServer.StartAsync(("/stall", async context =>
        {
            stalled.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }));
        using var extractor = new ArticleExtractor(FetchKit.Options(new ObservedClock()));
        using var cancellation = new CancellationTokenSource();

        var extraction = extractor.ExtractAsync(server.Url("/stall"), cancellation.Token);
        await stalled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => extraction);
    }
}
