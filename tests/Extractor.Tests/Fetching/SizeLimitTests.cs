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
        long sent = 0;
        var served = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LocalServer.StartAsync(("/huge", async context =>
        {
            context.Response.ContentType = "text/html";
            byte[] chunk = Encoding.ASCII.GetBytes("<p>" + new string('x', 64 * 1024 - 8) + "</p>\n");
            try
            {
                await context.Response.WriteAsync("<!doctype html><html><body>");
                while (Interlocked.Read(ref sent) < HundredMegabytes && !context.RequestAborted.IsCancellationRequested)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                    Interlocked.Add(ref sent, chunk.Length);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
            {
                // The client hung up, as it should.
            }
            finally
            {
                served.TrySetResult();
            }
        }));
        var options = FetchKit.Options(new ObservedClock());
        var fetcher = FetchKit.Fetcher(options, out var client);
        using var _ = client;

        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(server.Url("/huge"), CancellationToken.None));
        long sentWhenRefused = Interlocked.Read(ref sent);
        await served.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ExtractionErrorKind.TooLarge, error.Kind);
        Assert.Equal(200, error.StatusCode);
        output.WriteLine($"limit {options.MaxResponseBytes:N0} bytes; the server had sent {sentWhenRefused:N0} bytes when the fetch gave up, {Interlocked.Read(ref sent):N0} in all");
        Assert.True(sentWhenRefused < HundredMegabytes / 2, $"the server had sent {sentWhenRefused:N0} bytes: the body was read past the limit");
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
        var fetcher = FetchKit.Fetcher(options, out var client);
        using var _ = client;

        stopwatch.Restart();
        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(server.Url("/bomb"), CancellationToken.None));
        output.WriteLine($"refused in {stopwatch.ElapsedMilliseconds} ms");

        Assert.True(error.Kind == ExtractionErrorKind.TooLarge, error.ToString());
        Assert.Contains("4,194,304", error.Message, StringComparison.Ordinal);
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
