using Microsoft.AspNetCore.Http;

namespace Extractor.Tests.Fetching;

public sealed class PolitenessTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Concurrent_fetches_to_one_host_never_exceed_MaxConcurrencyPerHost(int limit)
    {
        int inFlight = 0;
        int maxInFlight = 0;
        using var release = new SemaphoreSlim(0);
        await using var server = await LocalServer.StartAsync(("/item/{n:int}", async context =>
        {
            int now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            await release.WaitAsync(context.RequestAborted);
            Interlocked.Decrement(ref inFlight);
            await FetchKit.WriteHtmlAsync(context);
        }));
        var fetcher = FetchKit.Fetcher(FetchKit.Options(new ObservedClock(), o => o.MaxConcurrencyPerHost = limit), out var client);
        using var _ = client;

        var fetches = Enumerable.Range(0, 5).Select(n => fetcher.FetchAsync(server.Url($"/item/{n}"), CancellationToken.None)).ToArray();
        for (int done = 0; done < fetches.Length; done++)
        {
            await WaitUntilAsync(() => Volatile.Read(ref inFlight) == Math.Min(limit, fetches.Length - done));
            await Task.Delay(50); // room for a request the gate should have held back
            release.Release();
        }

        await Task.WhenAll(fetches).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(limit, maxInFlight);
    }

    [Fact]
    public async Task PerHostDelay_spaces_request_starts_to_one_host_on_the_fake_clock()
    {
        var clock = new ObservedClock();
        var arrivals = new List<DateTimeOffset>();
        await using var server = await LocalServer.StartAsync(("/page/{n:int}", context =>
        {
            lock (arrivals)
            {
                arrivals.Add(clock.GetUtcNow());
            }

            return FetchKit.WriteHtmlAsync(context);
        }));
        var fetcher = FetchKit.Fetcher(FetchKit.Options(clock, o => o.PerHostDelay = TimeSpan.FromSeconds(5)), out var client);
        using var _ = client;

        await fetcher.FetchAsync(server.Url("/page/1"), CancellationToken.None);
        var second = fetcher.FetchAsync(server.Url("/page/2"), CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(5), await clock.NextWaitAsync(FetchKit.IsShortWait));
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(5));
        await second;

        Assert.Equal(2, arrivals.Count);
        Assert.Equal(TimeSpan.FromSeconds(5), arrivals[1] - arrivals[0]);
    }

    [Fact]
    public async Task Circuit_breaker_stops_requests_to_a_failing_host_without_affecting_other_hosts()
    {
        int failing = 0;
        await using var server = await LocalServer.StartAsync(
            ("/down", context =>
            {
                Interlocked.Increment(ref failing);
                context.Response.StatusCode = 503;
                return Task.CompletedTask;
            }),
            ("/up", context => FetchKit.WriteHtmlAsync(context)));
        var clock = new ObservedClock();
        var fetcher = FetchKit.Fetcher(FetchKit.Options(clock, o => (o.MaxRetries, o.RetryBaseDelay) = (3, TimeSpan.Zero)), out var client);
        using var _ = client;
        Uri down = server.Url("/down");

        for (int i = 0; i < 2; i++)
        {
            var failure = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(down, CancellationToken.None));
            Assert.Equal(503, failure.StatusCode);
        }

        Assert.Equal(8, failing);
        var broken = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(down, CancellationToken.None));
        Assert.Equal(ExtractionErrorKind.Network, broken.Kind);
        Assert.Equal(0, broken.Attempts);
        Assert.Equal(8, failing);

        var otherHost = new UriBuilder(server.Url("/up")) { Host = "localhost" }.Uri;
        var page = await fetcher.FetchAsync(otherHost, CancellationToken.None);
        Assert.Equal(1, page.Attempts);

        clock.Advance(TimeSpan.FromSeconds(31));
        await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(down, CancellationToken.None));
        Assert.Equal(9, failing);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not reached in time");
            await Task.Delay(5);
        }
    }
}
