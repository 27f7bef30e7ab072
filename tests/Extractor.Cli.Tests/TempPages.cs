using System.Globalization;
using System.Text;

namespace Extractor.Cli.Tests;

/// <summary>A temporary folder with the pages and lists a test needs; deleted afterwards.</summary>
public sealed class TempPages : IDisposable
{
    public TempPages()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("extractor-cli-tests-").FullName;
    }

    public string Directory { get; }

    /// <summary>The seed page of the corpus (a real WordPress news article).</summary>
    public static string SeedHtml { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pages", "seed.html"));

    public string Write(string name, string content)
    {
        string path = Path.Combine(Directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteBytes(string name, byte[] content)
    {
        string path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>A plain news page whose headline names it and whose body has <paramref name="paragraphs"/> paragraphs.</summary>
    public static string Article(string headline, int paragraphs)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"en\"><head><title>{headline}</title></head><body><article><h1>{headline}</h1>");
        for (int i = 0; i < paragraphs; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Paragraph {i} of {headline}: the council met on Tuesday to discuss the budget, and officials said the plan would be published next week after a long debate.</p>");
        }

        return html.Append("</article></body></html>").ToString();
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
