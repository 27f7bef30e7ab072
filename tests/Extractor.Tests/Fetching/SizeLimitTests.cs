using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace Extractor.Tests.Fetching;

public sealed class SizeLimitTests(ITestOutputHelper output)
{
    private const long HundredMegabytes = 100L * 1000 * 1000;

    [Fact]
    public async Task Streamed_100_MB_body_is_refused_at_the_limit_without_reading_the_rest()
    {
        await using var server = await LocalServer.StartAsync(("/huge", async context =>
        {
            context.Response.ContentType = "text/html";
            byte[] chunk = Encoding.ASCII.GetBytes("<p>" + new string('x', 64 * 1024 - 8) + "</p>\n");
            await context.Response.WriteAsync("<!doctype html><html><body>");
            for (long sent = 0; sent < HundredMegabytes && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        }));
        var options = FetchKit.Options(new ObservedClock());
        var fetcher = FetchKit.ObservedFetcher(options, out var client, out var observer);
        using var _ = client;

        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(server.Url("/huge"), CancellationToken.None));

        Assert.Equal(ExtractionErrorKind.TooLarge, error.Kind);
        Assert.Equal(200, error.StatusCode);
        output.WriteLine($"limit {options.MaxResponseBytes:N0} bytes; the fetcher read {observer.BytesRead:N0} bytes of the 100 MB body");
        Assert.InRange(observer.BytesRead, options.MaxResponseBytes + 1, options.MaxResponseBytes + 64 * 1024);
    }

    [Fact]
    public async Task Declared_Content_Length_over_the_limit_is_refused_before_reading()
    {
        await using var server = await LocalServer.StartAsync(("/declared", async context =>
        {
            context.Response.ContentType = "text/html";
            context.Response.ContentLength = HundredMegabytes;
            await context.Response.WriteAsync("<!doctype html><html><body><p>start");
            await context.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }));
        var fetcher = FetchKit.Fetcher(FetchKit.Options(new ObservedClock()), out var client);
        using var _ = client;

        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(server.Url("/declared"), CancellationToken.None));

        Assert.Equal(ExtractionErrorKind.TooLarge, error.Kind);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Compression_bomb_is_refused_at_the_limit_counting_decompressed_bytes(string encoding)
    {
        var stopwatch = Stopwatch.StartNew();
        byte[] bomb = CompressionBombs.For(encoding);
        output.WriteLine($"{encoding} bomb: {bomb.Length:N0} bytes expanding to {CompressionBombs.ExpandedSize:N0}, made in {stopwatch.ElapsedMilliseconds} ms");
        await using var server = await LocalServer.StartAsync(("/bomb", context =>
        {
            context.Response.ContentType = "text/html";
            context.Response.Headers.ContentEncoding = encoding;
            return context.Response.Body.WriteAsync(bomb, context.RequestAborted).AsTask();
        }));
        var options = FetchKit.Options(new ObservedClock(), o => o.MaxResponseBytes = 4 * 1024 * 1024);
        var fetcher = FetchKit.ObservedFetcher(options, out var client, out var observer);
        using var _ = client;

        stopwatch.Restart();
        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(server.Url("/bomb"), CancellationToken.None));
        output.WriteLine($"refused in {stopwatch.ElapsedMilliseconds} ms after reading {observer.BytesRead:N0} decompressed bytes");

        Assert.True(error.Kind == ExtractionErrorKind.TooLarge, error.ToString());
        Assert.Contains("4,194,304", error.Message, StringComparison.Ordinal);
        Assert.InRange(observer.BytesRead, options.MaxResponseBytes + 1, options.MaxResponseBytes + 64 * 1024);
    }

    [Fact]
    public async Task Body_exactly_at_the_limit_is_accepted()
    {
        string html = FetchKit.ArticleHtml.PadRight(4096, ' ');
        await using var server = await LocalServer.StartAsync(("/exact", context => FetchKit.WriteHtmlAsync(context, html)));
        var fetcher = FetchKit.Fetcher(FetchKit.Options(new ObservedClock(), o => o.MaxResponseBytes = 4096), out var client);
        using var _ = client;

        var page = await fetcher.FetchAsync(server.Url("/exact"), CancellationToken.None);

        Assert.Equal(4096, page.Body.Length);
    }
}
