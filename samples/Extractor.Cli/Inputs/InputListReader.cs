namespace Extractor.Cli.Inputs;

/// <summary>Reads an <c>--input-list</c>: one INPUT per line, trimmed, blank lines skipped.</summary>
internal static class InputListReader
{
    /// <summary>Reads the list from a file, or from standard input for <c>-</c>.</summary>
    /// <exception cref="IOException">The list cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The list may not be read.</exception>
    public static async Task<IReadOnlyList<string>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (path != "-" && Directory.Exists(path))
        {
            throw new IOException($"'{path}' is a directory.");
        }

        if (path == "-")
        {
            return await ReadLinesAsync(Console.In, cancellationToken).ConfigureAwait(false);
        }

        using var file = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return await ReadLinesAsync(file, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<string>> ReadLinesAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            string trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}
