namespace Extractor.Cli.Inputs;

/// <summary>Reads the bytes of a local page (file, standard input or the bundled sample) within the size limit,
/// failing with the library's own error kinds.</summary>
internal sealed class PageReader
{
    private readonly long maxBytes;
    private int standardInputTaken;

    public PageReader(long maxBytes)
    {
        this.maxBytes = maxBytes;
    }

    /// <summary>Set when <c>--input-list -</c> already consumed standard input.</summary>
    public void MarkStandardInputUsed() => standardInputTaken = 1;

    public async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            throw new ExtractionException(ExtractionErrorKind.InvalidInput, $"'{path}' is a directory, not a file.");
        }

        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return await ReadLimitedAsync(stream, cancellationToken).ConfigureAwait(false);
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

    public async Task<byte[]> ReadStandardInputAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref standardInputTaken, 1) != 0)
        {
            throw new ExtractionException(ExtractionErrorKind.InvalidInput, "Standard input was already read; '-' can be used once.");
        }

        await using Stream stream = Console.OpenStandardInput();
        return await ReadLimitedAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    public static byte[] ReadSeed()
    {
        using Stream stream = typeof(PageReader).Assembly.GetManifestResourceStream("Extractor.Cli.seed.html")
            ?? throw new InvalidOperationException("The bundled sample page is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private async Task<byte[]> ReadLimitedAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (stream.CanSeek && stream.Length > maxBytes)
        {
            throw TooLarge();
        }

        using var buffer = stream.CanSeek ? new MemoryStream((int)stream.Length) : new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    private ExtractionException TooLarge() =>
        new(ExtractionErrorKind.TooLarge, $"The page is larger than the limit of {maxBytes} bytes (see --max-bytes).");

    private static bool LooksLikeHost(string path) => path.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
