using System.Diagnostics;
using System.Globalization;
using Extractor.Tests.Hostile;

namespace Extractor.Fuzz;

/// <summary>
/// Times every hostile case through the whole extraction with the default options (each must be answered, an article
/// or an <see cref="ExtractionException"/>, within 5 s) and writes the corpus out for the command-line measurement.
/// </summary>
internal static class HostileRunner
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string? corpusDirectory)
    {
        IReadOnlyList<HostileCase> cases = HostileCorpus.All(corpusDirectory ?? FindCorpus());
        using var extractor = new ArticleExtractor();
        await ExtractAsync(extractor, "<html><body><article><p>Warm up: one paragraph of text, long enough.</p></article></body></html>"u8.ToArray()).ConfigureAwait(false);

        Console.WriteLine("| file | size | outcome | guard | guard + parse + limits | whole extraction |");
        Console.WriteLine("| --- | ---: | --- | ---: | ---: | ---: |");
        int slow = 0;
        foreach (HostileCase hostile in cases)
        {
            byte[] bytes = hostile.Bytes();
            var (guard, load) = TimeLoading(bytes);
            var clock = Stopwatch.StartNew();
            string outcome = await ExtractAsync(extractor, bytes).ConfigureAwait(false);
            TimeSpan took = clock.Elapsed;
            slow += took > Limit ? 1 : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {hostile.Name} | {Size(bytes.Length)} | {outcome} | {guard} | {load} | {took.TotalMilliseconds:0} ms |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{cases.Count} cases, {slow} over {Limit.TotalSeconds:0} s"));
        return slow == 0 ? 0 : 1;
    }

    public static int WriteCorpus(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (HostileCase hostile in HostileCorpus.All(FindCorpus()))
        {
            File.WriteAllBytes(Path.Combine(directory, hostile.Name), hostile.Bytes());
        }

        Console.WriteLine($"wrote the hostile corpus to {directory}");
        return 0;
    }

    /// <summary>The first steps alone (on the UTF-8 text): where the time goes.</summary>
    private static (string Guard, string Load) TimeLoading(byte[] bytes)
    {
        string html = System.Text.Encoding.UTF8.GetString(bytes);
        var options = new ExtractorOptions();
        var clock = Stopwatch.StartNew();
        string guard;
        try
        {
            Extractor.Parsing.HostileInputGuard.Apply(html, options, CancellationToken.None);
            guard = Ms(clock.Elapsed);
            clock.Restart();
            using var document = Extractor.Parsing.HtmlDocumentLoader.Load(html, options, CancellationToken.None);
            return (guard, Ms(clock.Elapsed));
        }
        catch (ExtractionException)
        {
            return (Ms(clock.Elapsed), "-");
        }
    }

    private static string Ms(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:0} ms");

    private static async Task<string> ExtractAsync(ArticleExtractor extractor, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        try
        {
            Article article = await extractor.ExtractAsync(stream, new Uri("https://example.com/news/story")).ConfigureAwait(false);
            ArticleInvariants.Check(article);
            return string.Create(CultureInfo.InvariantCulture, $"article, {article.Paragraphs.Count} paragraphs");
        }
        catch (ExtractionException e)
        {
            return e.KindName;
        }
    }

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MiB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
    };

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "Extractor.Tests", "Hostile", "Corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Cannot find tests/Extractor.Tests/Hostile/Corpus above " + AppContext.BaseDirectory);
    }
}
