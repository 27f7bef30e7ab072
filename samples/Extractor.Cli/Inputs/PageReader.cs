namespace Extractor.Cli.Inputs;

/// <summary>Opens the stream of a local page (file, standard input or the bundled sample), mapping what cannot be
/// opened to the library's error kinds. Reading, the size limit and the charset are the library's
/// (<see cref="ArticleExtractor.ExtractAsync(Stream, Uri?, CancellationToken)"/>).</summary>
internal sealed class PageReader
{
    private int standardInputTaken;

    /// <summary>Set when <c>--input-list -</c> already consumed standard input.</summary>
    public void MarkStandardInputUsed() => standardInputTaken = 1;

    public static Stream OpenFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ExtractionException(ExtractionErrorKind.InvalidInput, $"'{path}' is a directory, not a file.");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ExtractionException(ExtractionErrorKind.NotFound, $"No such file: {path}" + (LooksLikeHost(path) ? " (for a web page, give a full http(s):// URL)" : string.Empty));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new ExtractionException(ExtractionErrorKind.InvalidInput, $"Cannot read {path}: {e.Message}", innerException: e);
        }
    }

    public Stream OpenStandardInput()
    {
        if (Interlocked.Exchange(ref standardInputTaken, 1) != 0)
        {
            throw new ExtractionException(ExtractionErrorKind.InvalidInput, "Standard input was already read; '-' can be used once.");
        }

        return Console.OpenStandardInput();
    }

    public static Stream OpenSeed() =>
        typeof(PageReader).Assembly.GetManifestResourceStream("Extractor.Cli.seed.html")
            ?? throw new InvalidOperationException("The bundled sample page is missing from the build.");

    private static bool LooksLikeHost(string path) => path.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
