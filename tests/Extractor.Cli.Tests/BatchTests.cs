using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Extractor.Cli.Tests;

public sealed class BatchTests : IDisposable
{
    private readonly TempPages pages = new();

    [Fact]
    public void Mixed_batch_writes_one_record_per_line_in_order_and_exits_1()
    {
        pages.Write("first.html", TempPages.Article("Ferry service resumes", 3));
        pages.Write("last.html", TempPages.SeedHtml);
        string refused = $"http://127.0.0.1:{ClosedPort()}/story";
        pages.Write("list.txt", $"first.html\n\nmissing.html\n{refused}\n  this is not an input  \nlast.html\n");

        CliResult result = CliProcess.Run(pages.Directory, null, "--input-list", "list.txt", "--retries", "0", "--timeout", "30");

        Assert.Equal(1, result.ExitCode);
        JsonObject[] records = Records(result);
        Assert.Equal(["first.html", "missing.html", refused, "this is not an input", "last.html"], records.Select(r => (string?)r["input"]));
        Assert.Equal("Ferry service resumes", (string?)records[0]["headline"]);
        Assert.Equal("not-found", ErrorKind(records[1]));
        Assert.Equal("network", ErrorKind(records[2]));
        Assert.Equal("invalid-input", ErrorKind(records[3]));
        Assert.StartsWith("Biden administration", (string?)records[4]["headline"], StringComparison.Ordinal);
        Assert.All(records.Where(r => r.ContainsKey("error")), r => Assert.False(r["error"]!.AsObject().ContainsKey("status")));

        string[] failureLines = result.StdErrLines.Where(l => l.Contains('[', StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, failureLines.Length);
        Assert.Contains("2 succeeded, 3 failed", result.StdErrLines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Success_record_is_the_article_json_with_the_input_added()
    {
        pages.Write("story.html", TempPages.Article("Airport expansion paused", 3));
        pages.Write("list.txt", "story.html\n");

        CliResult batch = CliProcess.Run(pages.Directory, null, "--input-list", "list.txt");
        CliResult single = CliProcess.Run(pages.Directory, null, "story.html", "--format", "json");

        Assert.Equal(0, batch.ExitCode);
        JsonObject record = Assert.Single(Records(batch));
        Assert.Equal("story.html", (string?)record["input"]);
        record.Remove("input");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(single.StdOut), record));
    }

    [Fact]
    public void Records_keep_input_order_under_concurrency_4_when_later_pages_finish_first()
    {
        var lines = new List<string>();
        for (int i = 0; i < 16; i++)
        {
            // Every fourth page is far larger, so the small ones after it finish first.
            int paragraphs = i % 4 == 0 ? 4000 : 2;
            lines.Add(Path.GetFileName(pages.Write($"page{i:00}.html", TempPages.Article($"Story number {i}", paragraphs))));
        }

        pages.Write("list.txt", string.Join('\n', lines));

        CliResult result = CliProcess.Run(pages.Directory, null, "--input-list", "list.txt", "--concurrency", "4");

        Assert.Equal(0, result.ExitCode);
        JsonObject[] records = Records(result);
        Assert.Equal(lines, records.Select(r => (string?)r["input"]));
        Assert.Equal(Enumerable.Range(0, 16).Select(i => $"Story number {i}"), records.Select(r => (string?)r["headline"]));
    }

    [Fact]
    public void Several_inputs_on_the_command_line_form_a_batch_of_json_lines()
    {
        pages.Write("a.html", TempPages.Article("Park renamed", 2));

        CliResult result = CliProcess.Run(pages.Directory, TempPages.Article("School reopens", 2), "a.html", "-", "gone.html");

        Assert.Equal(1, result.ExitCode);
        JsonObject[] records = Records(result);
        Assert.Equal(["a.html", "-", "gone.html"], records.Select(r => (string?)r["input"]));
        Assert.Equal("School reopens", (string?)records[1]["headline"]);
        Assert.Equal("not-found", ErrorKind(records[2]));
    }

    [Fact]
    public void Input_list_can_come_from_standard_input_and_output_go_to_a_file()
    {
        pages.Write("a.html", TempPages.Article("Tram line extended", 2));

        CliResult result = CliProcess.Run(pages.Directory, "a.html\nb.html\n", "--input-list", "-", "--output", "out.jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.StdOut);
        string[] lines = File.ReadAllLines(Path.Combine(pages.Directory, "out.jsonl"));
        Assert.Equal(2, lines.Length);
        Assert.Equal("Tram line extended", (string?)JsonNode.Parse(lines[0])!["headline"]);
        Assert.Equal("not-found", ErrorKind(JsonNode.Parse(lines[1])!.AsObject()));
    }

    public void Dispose() => pages.Dispose();

    private static JsonObject[] Records(CliResult result) =>
        result.StdOutLines.Select(line => JsonNode.Parse(line)!.AsObject()).ToArray();

    private static string? ErrorKind(JsonObject record) => (string?)record["error"]?["kind"];

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
