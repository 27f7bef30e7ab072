using System.Globalization;
using System.IO.Compression;
using Extractor.Parsing;

namespace Extractor.Fuzz;

/// <summary>
/// Checks that the guard leaves ordinary pages alone: over a folder of real pages it reports how many the guard
/// changed (truncated or flattened), how many the exact limits after parsing touched, and how many it refused.
/// A page none of them touched parses to the very same DOM as without them, so its extraction is unchanged.
/// </summary>
internal static class OrdinaryPages
{
    public static int Check(string directory)
    {
        var options = new ExtractorOptions();
        int pages = 0;
        int changed = 0;
        int refused = 0;
        int deepest = 0;
        long mostElements = 0;
        foreach (string path in Directory.EnumerateFiles(directory, "*.html*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string html = Read(path);
            pages++;
            try
            {
                GuardedHtml guarded = HostileInputGuard.Apply(html, options, CancellationToken.None);
                using var document = HtmlDocumentLoader.Load(html, options, CancellationToken.None);
                int depth = Depth(document.DocumentElement);
                deepest = Math.Max(deepest, depth);
                mostElements = Math.Max(mostElements, guarded.Elements);
                if (guarded.Changed || !ReferenceEquals(guarded.Html, html))
                {
                    changed++;
                    Console.WriteLine($"changed: {path} (truncated: {guarded.Truncated}, dropped tags: {guarded.DroppedTags})");
                }
            }
            catch (ExtractionException e)
            {
                refused++;
                Console.WriteLine($"refused: {path}: {e.KindName} {e.Message}");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pages} pages: {changed} changed by the guard, {refused} refused; deepest {deepest} levels, most elements (estimated) {mostElements}"));
        return changed == 0 && refused == 0 ? 0 : 1;
    }

    private static string Read(string path)
    {
        using Stream file = File.OpenRead(path);
        using Stream content = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(content);
        return reader.ReadToEnd();
    }

    private static int Depth(AngleSharp.Dom.IElement? root)
    {
        int deepest = 0;
        var pending = new Stack<(AngleSharp.Dom.IElement, int)>();
        if (root is not null)
        {
            pending.Push((root, 1));
        }

        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children)
            {
                pending.Push((child, depth + 1));
            }
        }

        return deepest;
    }
}
