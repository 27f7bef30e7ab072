namespace Extractor.Cli.Tests;

public sealed class UsageErrorTests : IDisposable
{
    private readonly TempPages pages = new();

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("--format", "pdf")]
    [InlineData("--input-list", "missing-list.txt")]
    [InlineData("--concurrency", "0")]
    [InlineData("--timeout", "soon")]
    [InlineData("--max-bytes", "lots")]
    [InlineData("--input-list", "list.txt", "--format", "markdown")]
    public void Usage_error_exits_2_with_a_clear_message_and_no_output(params string[] args)
    {
        pages.Write("list.txt", "a.html\n");

        CliResult result = CliProcess.Run(pages.Directory, null, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.StdOut);
        Assert.StartsWith("extractor: ", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.InRange(result.StdErrLines.Length, 1, 2);
    }

    [Fact]
    public void Unknown_format_names_the_valid_formats()
    {
        CliResult result = CliProcess.Run(pages.Directory, null, "--format", "yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("json, markdown, text or html", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_list_that_is_a_directory_is_a_usage_error()
    {
        Directory.CreateDirectory(Path.Combine(pages.Directory, "folder"));

        CliResult result = CliProcess.Run(pages.Directory, null, "--input-list", "folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--input-list", Assert.Single(result.StdErrLines), StringComparison.Ordinal);
    }

    public void Dispose() => pages.Dispose();
}
