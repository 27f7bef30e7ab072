using Microsoft.AspNetCore.Http;

namespace Extractor.Tests.Fetching;

public sealed class RedirectTests
{
    [Fact]
    public async Task Redirect_chain_is_followed_and_the_final_address_reported()
    {
        await using var server = await LocalServer.StartAsync(
            ("/start", Redirect(301, "/middle")),
            ("/middle", Redirect(302, "final?x=1")),
            ("/final", context => FetchKit.WriteHtmlAsync(context)));
        var fetcher = FetchKit.Fetcher(FetchKit.Options(new ObservedClock()), out var client);
        using var _ = client;

        var page = await fetcher.FetchAsync(server.Url("/start"), CancellationToken.None);

        Assert.Equal(server.Url("/final?x=1"), page.FinalAddress);
        Assert.Equal(3, page.Attempts);
    }

    [Fact]
    public async Task Redirect_loop_is_detected_before_the_limit()
    {
        int requests = 0;
        await using var server = await LocalServer.StartAsync(
            ("/a", Counted(() => Interlocked.Increment(ref requests), Redirect(302, "/b"))),
            ("/b", Counted(() => Interlocked.Increment(ref requests), Redirect(307, "/a"))));
        var fetcher = FetchKit.Fetcher(FetchKit.Options(new ObservedClock()), out var client);
        using var _ = client;

        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(server.Url("/a"), CancellationToken.None));

        Assert.Equal(ExtractionErrorKind.TooManyRedirects, error.Kind);
        Assert.Contains("loop", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, error.Attempts);
        Assert.Equal(2, requests);
        Assert.Equal(307, error.StatusCode);
    }

    [Fact]
    public async Task Redirects_beyond_MaxRedirects_fail_with_too_many_redirects()
    {
        await using var server = await LocalServer.StartAsync(("/hop/{n:int}", context =>
        {
            int n = int.Parse((string)context.Request.RouteValues["n"]!, System.Globalization.CultureInfo.InvariantCulture);
            context.Response.StatusCode = 308;
            context.Response.Headers.Location = $"/hop/{n + 1}";
            return Task.CompletedTask;
        }));
        var fetcher = FetchKit.Fetcher(FetchKit.Options(new ObservedClock(), o => o.MaxRedirects = 3), out var client);
        using var _ = client;

        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(server.Url("/hop/0"), CancellationToken.None));

        Assert.Equal(ExtractionErrorKind.TooManyRedirects, error.Kind);
        Assert.Equal(4, error.Attempts);
        Assert.Equal(server.Url("/hop/3"), error.Address);
    }

    [Fact]
    public async Task Redirect_to_a_scheme_other_than_http_fails_with_http_status()
    {
        await using var server = await LocalServer.StartAsync(("/ftp", Redirect(302, "ftp://files.example/story.html")));
        var fetcher = FetchKit.Fetcher(FetchKit.Options(new ObservedClock()), out var client);
        using var _ = client;

        var error = await Assert.ThrowsAsync<ExtractionException>(() => fetcher.FetchAsync(server.Url("/ftp"), CancellationToken.None));

        Assert.Equal(ExtractionErrorKind.HttpStatus, error.Kind);
        Assert.Equal(302, error.StatusCode);
    }

    private static RequestDelegate Redirect(int status, string location) => context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    };

    private static RequestDelegate Counted(Action count, RequestDelegate inner) => context =>
    {
        count();
        return inner(context);
    };
}
