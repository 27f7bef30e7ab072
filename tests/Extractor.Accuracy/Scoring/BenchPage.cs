using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Extractor.Accuracy.Scoring;

/// <summary>One benchmark page: its id, the HTML (gzip, UTF-8 inside) and the truth record.</summary>
public sealed record BenchPage(string Id, string Url, string Html, string TruthBody, string? Title, string? Author, string? PublishDate)
{
    /// <summary>
    /// Loads every page of a folder laid out as <c>html/ID.html.gz</c> + <c>truth/ID.json</c> (the folder itself, or
    /// its <c>wcxb-dev</c> sub-folder), in id order; <paramref name="ids"/> restricts to some ids when given.
    /// </summary>
    public static List<BenchPage> LoadAll(string benchFolder, IReadOnlySet<string>? ids = null)
    {
        string root = DataFolder(benchFolder);
        var pages = new List<BenchPage>();
        foreach (string truthFile in Directory.GetFiles(Path.Combine(root, "truth"), "*.json").Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileNameWithoutExtension(truthFile);
            if (ids is not null && !ids.Contains(id))
            {
                continue;
            }

            pages.Add(Load(root, id, truthFile));
        }

        return pages;
    }

    /// <summary>The folder holding <c>html/</c> and <c>truth/</c>.</summary>
    public static string DataFolder(string benchFolder) =>
        Directory.Exists(Path.Combine(benchFolder, "truth")) ? benchFolder : Path.Combine(benchFolder, "wcxb-dev");

    private static BenchPage Load(string root, string id, string truthFile)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(truthFile));
        var r = truth.RootElement;
        string html;
        using (var gz = new GZipStream(File.OpenRead(Path.Combine(root, "html", id + ".html.gz")), CompressionMode.Decompress))
        using (var reader = new StreamReader(gz, new UTF8Encoding(false)))
        {
            html = reader.ReadToEnd();
        }

        return new BenchPage(id, Str(r, "url") ?? "https://example.invalid/", html, Str(r, "articleBody") ?? "", Str(r, "title"), Str(r, "author"), Str(r, "publishDate"));
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
