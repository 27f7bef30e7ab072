using System.Text.Json.Nodes;

namespace Extractor.Cli.Tests;

public sealed class SingleInputTests : IDisposable
{
    private const string SeedHeadline = "Biden administration quietly reaches out to North Korea";
    private readonly TempPages pages = new();

    [Fact]
    public void No_argument_prints_the_bundled_seed_article_as_markdown()
    {
        CliResult result = CliProcess.Run(pages.Directory, null);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# " + SeedHeadline, result.StdOut, StringComparison.Ordinal);
        Assert.Contains("North Korean government", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StdErr);
    }

    [Fact]
    public void Dash_reads_the_page_from_standard_input()
    {
        CliResult result = CliProcess.Run(pages.Directory, TempPages.Article("Bridge reopens after repairs", 4), "-", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        JsonObject article = JsonNode.Parse(result.StdOut)!.AsObject();
        Assert.Equal("Bridge reopens after repairs", (string?)article["headline"]);
        Assert.Equal(4, article["paragraphs"]!.AsArray().Count);
        Assert.Null(article["url"]);
    }

    [Fact]
    public void File_input_defaults_to_markdown_with_the_headline_first()
    {
        pages.Write("story.html", TempPages.Article("Harbour plan approved", 3));

        CliResult result = CliProcess.Run(pages.Directory, null, "story.html");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Harbour plan approved\n", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("Paragraph 2 of Harbour plan approved", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_is_the_contract_article_object_without_an_input_field()
    {
        string path = pages.Write("seed.html", TempPages.SeedHtml);

        CliResult result = CliProcess.Run(pages.Directory, null, path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        JsonObject article = JsonNode.Parse(result.StdOut)!.AsObject();
        string[] contractFields = ["url", "headline", "dateline", "authors", "published", "modified", "siteName", "language",
            "leadImage", "description", "paragraphs", "text", "quotes", "moreLinks"];
        Assert.All(contractFields, field => Assert.True(article.ContainsKey(field), $"missing field {field}"));
        Assert.False(article.ContainsKey("input"));
        Assert.StartsWith(SeedHeadline, (string?)article["headline"], StringComparison.Ordinal);
        Assert.Equal("2021-03-14T09:12:40+00:00", (string?)article["published"]);
    }

    [Fact]
    public void Text_format_is_the_article_text_of_the_json()
    {
        pages.Write("story.html", TempPages.Article("Rail strike ends", 3));

        CliResult text = CliProcess.Run(pages.Directory, null, "story.html", "--format", "text");
        CliResult json = CliProcess.Run(pages.Directory, null, "story.html", "--format", "json");

        Assert.Equal(0, text.ExitCode);
        Assert.Equal((string?)JsonNode.Parse(json.StdOut)!["text"] + "\n", text.StdOut);
        Assert.DoesNotContain("Rail strike ends\n", text.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_format_is_an_article_element_with_the_paragraphs()
    {
        pages.Write("story.html", TempPages.Article("Library extends hours", 2));

        CliResult result = CliProcess.Run(pages.Directory, null, "story.html", "--format", "html");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<article", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("<h1>Library extends hours</h1>", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(2, result.StdOut.Split("<p>").Length - 1);
    }

    [Fact]
    public void Output_option_writes_the_file_and_nothing_to_standard_output()
    {
        pages.Write("story.html", TempPages.Article("Museum opens new wing", 2));

        CliResult result = CliProcess.Run(pages.Directory, null, "story.html", "--output", "out.md");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StdOut);
        Assert.StartsWith("# Museum opens new wing", File.ReadAllText(Path.Combine(pages.Directory, "out.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_fails_with_exit_1_and_one_not_found_line_on_stderr()
    {
        CliResult result = CliProcess.Run(pages.Directory, null, "no-such-page.html");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.StdOut);
        string line = Assert.Single(result.StdErrLines);
        Assert.Contains("no-such-page.html", line, StringComparison.Ordinal);
        Assert.Contains("[not-found]", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_file_fails_as_not_html()
    {
        byte[] bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        pages.WriteBytes("photo.jpg", bytes);

        CliResult result = CliProcess.Run(pages.Directory, null, "photo.jpg");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("[not-html]", Assert.Single(result.StdErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void File_in_a_legacy_charset_is_decoded_by_its_meta_charset()
    {
        string html = TempPages.Article("Café owners protest new rules", 3)
            .Replace("<head>", "<head><meta charset=\"windows-1252\">", StringComparison.Ordinal);
        pages.WriteBytes("latin.html", System.Text.Encoding.Latin1.GetBytes(html));

        CliResult result = CliProcess.Run(pages.Directory, null, "latin.html", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Café owners protest new rules", (string?)JsonNode.Parse(result.StdOut)!["headline"]);
    }

    [Fact]
    public void File_url_is_the_canonical_address_the_page_names()
    {
        string html = TempPages.Article("Harbour dredging starts", 3)
            .Replace("<head>", "<head><link rel=\"canonical\" href=\"https://news.example/harbour-dredging\">", StringComparison.Ordinal);
        pages.Write("harbour.html", html);

        CliResult result = CliProcess.Run(pages.Directory, null, "harbour.html", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("https://news.example/harbour-dredging", (string?)JsonNode.Parse(result.StdOut)!["url"]);
    }

    [Fact]
    public void Help_documents_every_option_and_the_exit_codes()
    {
        CliResult result = CliProcess.Run(pages.Directory, null, "--help");

        Assert.Equal(0, result.ExitCode);
        string[] options = ["--format", "--output", "--input-list", "--concurrency", "--timeout", "--retries", "--max-bytes", "--user-agent", "--help"];
        Assert.All(options, option => Assert.Contains(option, result.StdOut, StringComparison.Ordinal));
        Assert.Contains("extractor [<INPUT>...] [options]", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", result.StdOut, StringComparison.Ordinal);
    }

    public void Dispose() => pages.Dispose();
}
