using System.Text.Json.Nodes;

namespace Extractor.Cli.Tests;

public sealed class UrlInputTests : IDisposable
{
    private readonly TempPages pages = new();

    [Fact]
    public void Url_is_fetched_with_the_user_agent_given_and_extracted()
    {
        using var server = new TinyHttpServer(200, TempPages.Article("Council approves new budget", 3));

        CliResult result = CliProcess.Run(pages.Directory, null, server.Address + "story", "--user-agent", "NewsBot/2.0 (test)", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Council approves new budget", (string?)JsonNode.Parse(result.StdOut)!["headline"]);
        Assert.Contains(server.RequestHeads, head => head.Contains("User-Agent: NewsBot/2.0 (test)", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Http_error_status_is_in_the_error_record_of_a_batch()
    {
        using var server = new TinyHttpServer(503, "<html><body>busy</body></html>");
        pages.Write("list.txt", server.Address + "a\n");

        CliResult result = CliProcess.Run(pages.Directory, null, "--input-list", "list.txt", "--retries", "0");

        Assert.Equal(1, result.ExitCode);
        JsonObject error = JsonNode.Parse(Assert.Single(result.StdOutLines))!["error"]!.AsObject();
        Assert.Equal("http-status", (string?)error["kind"]);
        Assert.Equal(503, (int?)error["status"]);
        Assert.Contains("HTTP 503", result.StdErrLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Server_that_never_answers_fails_as_timeout_within_the_limit()
    {
        using var server = new TinyHttpServer(null, string.Empty);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        CliResult result = CliProcess.Run(pages.Directory, null, server.Address, "--timeout", "1.5", "--retries", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("[timeout]", Assert.Single(result.StdErrLines), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void File_larger_than_max_bytes_fails_as_too_large()
    {
        pages.Write("long.html", TempPages.Article("A very long report", 200));

        CliResult result = CliProcess.Run(pages.Directory, null, "long.html", "--max-bytes", "2K");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("[too-large]", Assert.Single(result.StdErrLines), StringComparison.Ordinal);
    }

    public void Dispose() => pages.Dispose();
}
