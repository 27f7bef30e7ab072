using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Extractor.Benchmarks.Pages;

/// <summary>
/// Loads benchmark pages from a folder given on the command line, never from the repository. Accepts the bench
/// root (holding <c>wcxb-dev/html</c>), a set folder (holding <c>html/</c>) or a folder of <c>*.html[.gz]</c> files.
/// A sibling <c>truth/ID.json</c> supplies each page's address when present.
/// </summary>
internal static class PageFolder
{
    public const string EnvironmentVariable = "EXTRACTOR_BENCH";

    public static string ResolveHtmlFolder(string folder)
    {
        foreach (string candidate in new[] { Path.Combine(folder, "wcxb-dev", "html"), Path.Combine(folder, "html"), folder })
        {
            if (Directory.Exists(candidate) && ListFiles(candidate).Length > 0)
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new DirectoryNotFoundException($"No *.html or *.html.gz pages under '{folder}'.");
    }

    public static string[] ListFiles(string htmlFolder) =>
        Directory.GetFiles(htmlFolder, "*.html.gz").Concat(Directory.GetFiles(htmlFolder, "*.html")).Order(StringComparer.Ordinal).ToArray();

    public static string IdOf(string file) => Path.GetFileName(file).Split('.')[0];

    public static List<BenchPage> Load(string htmlFolder, IReadOnlyCollection<string>? ids = null, int limit = int.MaxValue)
    {
        var pages = new List<BenchPage>();
        foreach (string file in ListFiles(htmlFolder))
        {
            string id = IdOf(file);
            if (ids is not null && !ids.Contains(id))
            {
                continue;
            }

            if (pages.Count == limit)
            {
                break;
            }

            byte[] bytes = ReadBytes(file);
            pages.Add(new BenchPage(id, ReadUrl(htmlFolder, id), Encoding.UTF8.GetString(bytes)));
        }

        return pages;
    }

    private static byte[] ReadBytes(string file)
    {
        if (!file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllBytes(file);
        }

        using var input = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static string ReadUrl(string htmlFolder, string id)
    {
        string truth = Path.Combine(htmlFolder, "..", "truth", id + ".json");
        if (File.Exists(truth))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(truth));
            if (json.RootElement.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String)
            {
                return url.GetString()!;
            }
        }

        return "https://example.com/" + id;
    }
}
