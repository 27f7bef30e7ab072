using System.Text;
using Microsoft.AspNetCore.Http;

namespace Extractor.Tests.Fetching;

public sealed class ContentTypeTests
{
    private static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    ];

    [Theory]
    [InlineData("png")]
    [InlineData("pdf")]
    [InlineData("random")]
    public async Task Binary_served_as_text_html_is_not_html(string kind)
    {
        byte[] body = kind switch
        {
            "png" => [.. Png, .. new byte[4096]],
            "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n% just ascii for a while\n" + new string('x', 3000)),
            _ => RandomBytes(8192),
        };
        await using var server = await LocalServer.StartAsync(("/file", context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.Body.WriteAsync(body).AsTask();
        }));
        var fetcher = FetchKit.Fetcher(FetchKit.Options(new ObservedClock()), out var client);
        using var _ = client;

        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(server.Url("/file"), CancellationToken.None));

        Assert.Equal(ExtractionErrorKind.NotHtml, error.Kind);
        Assert.Equal("not-html", error.KindName);
        Assert.Equal(1, error.Attempts);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/octet-stream")]
    [InlineData("text/plain")]
    public async Task Html_with_a_missing_or_wrong_content_type_is_sniffed_and_accepted(string? contentType)
    {
        await using var server = await LocalServer.StartAsync(("/page", context =>
        {
            if (contentType is not null)
            {
                context.Response.ContentType = contentType;
            }

            return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("\n  " + FetchKit.ArticleHtml)).AsTask();
        }));
        var fetcher = FetchKit.Fetcher(FetchKit.Options(new ObservedClock()), out var client);
        using var _ = client;

        var page = await fetcher.FetchAsync(server.Url("/page"), CancellationToken.None);

        Assert.Contains("The river rose", FetchKit.Text(page), StringComparison.Ordinal);
        Assert.Equal(contentType, page.MediaType);
    }

    [Theory]
    [InlineData("application/json", "{\"headline\": \"River rises\", \"body\": \"The river rose two metres.\"}")]
    [InlineData("text/plain", "The river rose two metres overnight, flooding the lower town.")]
    [InlineData(null, "The river rose two metres overnight, flooding the lower town.")]
    public async Task Text_that_is_not_html_is_refused(string? contentType, string body)
    {
        await using var server = await LocalServer.StartAsync(("/data", context =>
        {
            if (contentType is not null)
            {
                context.Response.ContentType = contentType;
            }

            return context.Response.WriteAsync(body);
        }));
        var fetcher = FetchKit.Fetcher(FetchKit.Options(new ObservedClock()), out var client);
        using var _ = client;

        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(server.Url("/data"), CancellationToken.None));

        Assert.Equal(ExtractionErrorKind.NotHtml, error.Kind);
    }

    [Fact]
    public async Task Xhtml_is_accepted()
    {
        const string Xhtml = "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>River</p></body></html>";
        await using var server = await LocalServer.StartAsync(("/x", context =>
        {
            context.Response.ContentType = "application/xhtml+xml";
            return context.Response.WriteAsync(Xhtml);
        }));
        var fetcher = FetchKit.Fetcher(FetchKit.Options(new ObservedClock()), out var client);
        using var _ = client;

        var page = await fetcher.FetchAsync(server.Url("/x"), CancellationToken.None);

        Assert.Equal(Xhtml, FetchKit.Text(page));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Corrupt_compressed_body_is_a_network_error(string encoding)
    {
        int requests = 0;
        await using var server = await LocalServer.StartAsync(("/corrupt", context =>
        {
            Interlocked.Increment(ref requests);
            context.Response.ContentType = "text/html";
            context.Response.Headers.ContentEncoding = encoding;
            return context.Response.Body.WriteAsync(RandomBytes(4096)).AsTask();
        }));
        var fetcher = FetchKit.Fetcher(FetchKit.Options(new ObservedClock()), out var client);
        using var _ = client;

        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(server.Url("/corrupt"), CancellationToken.None));

        Assert.Equal(ExtractionErrorKind.Network, error.Kind);
        Assert.Equal(1, requests);
    }

    private static byte[] RandomBytes(int count)
    {
        byte[] bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        return bytes;
    }
}
