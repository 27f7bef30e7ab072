using System.Text;
using Extractor.Fetching;
using Microsoft.AspNetCore.Http;

namespace Extractor.Tests.Fetching;

/// <summary>What fetch tests share: a small article page, options on the fake clock with long timeouts (so only the
/// waits a test is about matter), and a fetcher on the client the library creates.</summary>
internal static class FetchKit
{
    public const string ArticleHtml =
        "<!doctype html><html><head><title>River rises</title></head><body><article><h1>River rises</h1>"
        + "<p>The river rose two metres overnight, flooding the lower town and closing the old bridge.</p>"
        + "<p>\"We have never seen it this fast,\" the mayor said on Tuesday.</p></article></body></html>";

    public static readonly TimeSpan LongTimeout = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan LongAttemptTimeout = TimeSpan.FromMinutes(5);

    /// <summary>A retry or politeness wait, as opposed to the long timeouts set here.</summary>
    public static bool IsShortWait(TimeSpan due) => due < TimeSpan.FromMinutes(2);

    public static ExtractorOptions Options(TimeProvider clock, Action<ExtractorOptions>? configure = null)
    {
        var options = new ExtractorOptions { TimeProvider = clock, Timeout = LongTimeout, AttemptTimeout = LongAttemptTimeout };
        configure?.Invoke(options);
        options.Validate();
        return options;
    }

    public static HttpFetcher Fetcher(ExtractorOptions options, out HttpClient client)
    {
        client = FetchHttpClient.Create();
        HttpClient fixedClient = client;
        return new HttpFetcher(() => fixedClient, options);
    }

    /// <summary>A fetcher whose client reports when response headers have arrived (the library's own handler,
    /// observed from outside: nothing is faked).</summary>
    public static HttpFetcher ObservedFetcher(ExtractorOptions options, out HttpClient client, out ResponseObserver observer)
    {
        observer = new ResponseObserver(FetchHttpClient.CreateHandler());
        client = new HttpClient(observer) { Timeout = Timeout.InfiniteTimeSpan };
        HttpClient fixedClient = client;
        return new HttpFetcher(() => fixedClient, options);
    }

    public static Task WriteHtmlAsync(HttpContext context, string html = ArticleHtml)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html, Encoding.UTF8);
    }

    public static string Text(FetchedPage page) => Encoding.UTF8.GetString(page.Body.Span);
}
