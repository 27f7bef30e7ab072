using System.Collections.Concurrent;
using Extractor.Tests.Fetching;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Tests.DependencyInjection;

public sealed class AddArticleExtractorTests
{
    [Fact]
    public async Task Registered_extractor_is_one_singleton_that_fetches_with_the_configured_options()
    {
        var userAgents = new ConcurrentBag<string>();
        await using var server = await LocalServer.StartAsync(("/story", context =>
        {
            userAgents.Add(context.Request.Headers.UserAgent.ToString());
            return FetchKit.WriteHtmlAsync(context);
        }));
        var services = new ServiceCollection();
        services.AddArticleExtractor(options => options.UserAgent = "NewsroomBot/2.0 (+https://newsroom.example/bot)");
        await using var provider = services.BuildServiceProvider();

        var extractor = provider.GetRequiredService<ArticleExtractor>();
        Article article = await extractor.ExtractAsync(server.Url("/story"));

        Assert.Same(extractor, provider.GetRequiredService<ArticleExtractor>());
        Assert.StartsWith("The river rose", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(["NewsroomBot/2.0 (+https://newsroom.example/bot)"], userAgents);
    }

    [Fact]
    public async Task Handlers_added_to_the_returned_builder_see_every_hop_because_the_extractor_follows_redirects()
    {
        await using var server = await LocalServer.StartAsync(
            ("/old", context =>
            {
                context.Response.StatusCode = 301;
                context.Response.Headers.Location = "/new";
                return Task.CompletedTask;
            }),
            ("/new", context => FetchKit.WriteHtmlAsync(context)));
        var recorder = new RecordingHandler();
        var services = new ServiceCollection();
        services.AddArticleExtractor().AddHttpMessageHandler(() => recorder);
        await using var provider = services.BuildServiceProvider();

        Article article = await provider.GetRequiredService<ArticleExtractor>().ExtractAsync(server.Url("/old"));

        Assert.Equal(["301 /old", "200 /new"], recorder.Seen);
        Assert.Equal(server.Url("/new"), article.Url);
    }

    [Fact]
    public async Task With_EnableRetries_off_a_failure_is_tried_once_leaving_retries_to_the_application()
    {
        int requests = 0;
        await using var server = await LocalServer.StartAsync(("/busy", context =>
        {
            Interlocked.Increment(ref requests);
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        }));
        var recorder = new RecordingHandler();
        var services = new ServiceCollection();
        services.AddArticleExtractor(options => options.EnableRetries = false).AddHttpMessageHandler(() => recorder);
        await using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<ExtractionException>(
            () => provider.GetRequiredService<ArticleExtractor>().ExtractAsync(server.Url("/busy")));

        Assert.Equal(ExtractionErrorKind.HttpStatus, error.Kind);
        Assert.Equal(1, error.Attempts);
        Assert.Equal(1, requests);
        Assert.Equal(["503 /busy"], recorder.Seen);
    }

    [Fact]
    public async Task Invalid_options_fail_with_ArgumentException_when_the_extractor_is_resolved()
    {
        var services = new ServiceCollection();
        services.AddArticleExtractor(options => options.MaxRetries = 99);
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<ArticleExtractor>());
        Assert.Equal("MaxRetries", error.ParamName);
    }

    private sealed class RecordingHandler : DelegatingHandler
    {
        private readonly ConcurrentQueue<string> seen = new();

        public string[] Seen => [.. seen];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            seen.Enqueue($"{(int)response.StatusCode} {request.RequestUri!.AbsolutePath}");
            return response;
        }
    }
}
