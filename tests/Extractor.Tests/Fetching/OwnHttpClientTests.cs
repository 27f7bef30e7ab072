using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Extractor.Tests.Fetching;

public sealed class OwnHttpClientTests
{
    [Fact]
    public async Task Application_client_that_follows_redirects_itself_reports_the_final_address()
    {
        await using var server = await LocalServer.StartAsync(
            ("/short", context =>
            {
                context.Response.StatusCode = 302;
                context.Response.Headers.Location = "/long/story";
                return Task.CompletedTask;
            }),
            ("/long/story", context => FetchKit.WriteHtmlAsync(context)));
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true });
        using var extractor = new ArticleExtractor(client);

        Article article = await extractor.ExtractAsync(server.Url("/short"));

        Assert.Equal(server.Url("/long/story"), article.Url);
    }

    [Fact]
    public async Task Body_the_application_client_leaves_compressed_is_decompressed_and_still_limited()
    {
        byte[] page = Gzip(Encoding.UTF8.GetBytes(FetchKit.ArticleHtml));
        byte[] bomb = CompressionBombs.For("gzip");
        await using var server = await LocalServer.StartAsync(
            ("/page", context => Serve(context, page)),
            ("/bomb", context => Serve(context, bomb)));
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None });
        using var extractor = new ArticleExtractor(client, new ExtractorOptions { MaxResponseBytes = 1024 * 1024 });

        Article article = await extractor.ExtractAsync(server.Url("/page"));
        var error = await Assert.ThrowsAsync<ExtractionException>(() => extractor.ExtractAsync(server.Url("/bomb")));

        Assert.StartsWith("The river rose", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(ExtractionErrorKind.TooLarge, error.Kind);
    }

    [Fact]
    public async Task Application_client_user_agent_is_kept_when_the_option_is_left_at_its_default()
    {
        string? seen = null;
        await using var server = await LocalServer.StartAsync(("/ua", context =>
        {
            seen = context.Request.Headers.UserAgent.ToString();
            return FetchKit.WriteHtmlAsync(context);
        }));
        using var client = new HttpClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("AppBot/1.0");
        using var extractor = new ArticleExtractor(client);

        await extractor.ExtractAsync(server.Url("/ua"));

        Assert.Equal("AppBot/1.0", seen);
    }

    [Fact]
    public async Task Library_client_sends_the_truthful_default_user_agent()
    {
        string? seen = null;
        await using var server = await LocalServer.StartAsync(("/ua", context =>
        {
            seen = context.Request.Headers.UserAgent.ToString();
            return FetchKit.WriteHtmlAsync(context);
        }));
        using var extractor = new ArticleExtractor();

        await extractor.ExtractAsync(server.Url("/ua"));

        Assert.Equal(ExtractorOptions.DefaultUserAgent, seen);
        Assert.StartsWith("Extractor/", seen, StringComparison.Ordinal);
    }

    private static Task Serve(HttpContext context, byte[] gzipped)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentEncoding = "gzip";
        return context.Response.Body.WriteAsync(gzipped, context.RequestAborted).AsTask();
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
