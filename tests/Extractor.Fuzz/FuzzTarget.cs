using Extractor.Tests.Hostile;

namespace Extractor.Fuzz;

/// <summary>
/// The fuzzing target: any bytes go through the whole extraction. A documented outcome (an article, or an
/// <see cref="ExtractionException"/>) is fine; anything else escapes, and the fuzzer records it as a crash.
/// </summary>
internal static class FuzzTarget
{
    private static readonly ArticleExtractor Extractor = new(new ExtractorOptions
    {
        // Small limits keep each run fast; the limits' logic is the same at any size.
        MaxInputLength = 64 * 1024,
        MaxNestingDepth = 32,
        MaxElements = 5_000,
        Timeout = TimeSpan.FromSeconds(5),
    });

    public static int RunAfl()
    {
        SharpFuzz.Fuzzer.OutOfProcess.Run(stream => Extract(stream));
        return 0;
    }

    public static int RunLibFuzzer()
    {
        SharpFuzz.Fuzzer.LibFuzzer.Run(bytes =>
        {
            using var stream = new MemoryStream(bytes.ToArray());
            Extract(stream);
        });
        return 0;
    }

    public static int RunOnce(string path)
    {
        using var stream = File.OpenRead(path);
        Extract(stream);
        Console.WriteLine("no crash");
        return 0;
    }

    private static void Extract(Stream stream)
    {
        try
        {
            Article article = Extractor.ExtractAsync(stream, new Uri("https://example.com/news/story")).GetAwaiter().GetResult();
            ArticleInvariants.Check(article);
        }
        catch (ExtractionException)
        {
        }
    }
}
