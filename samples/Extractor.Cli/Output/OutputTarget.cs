using System.Text;

namespace Extractor.Cli.Output;

/// <summary>Where the results go: standard output or the <c>--output</c> file, as buffered UTF-8 text.</summary>
internal sealed class OutputTarget : IAsyncDisposable
{
    private OutputTarget(TextWriter writer, bool isTerminal)
    {
        Writer = writer;
        IsTerminal = isTerminal;
    }

    public TextWriter Writer { get; }

    /// <summary>Whether the output is a terminal someone reads (standard output, not redirected).</summary>
    public bool IsTerminal { get; }

    /// <summary>Opens the target.</summary>
    /// <exception cref="IOException">The file cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static OutputTarget Open(string? path)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Stream stream = path is null
            ? Console.OpenStandardOutput()
            : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        var writer = new StreamWriter(stream, encoding, 1 << 16) { NewLine = "\n", AutoFlush = false };
        return new OutputTarget(writer, path is null && !Console.IsOutputRedirected);
    }

    public async ValueTask DisposeAsync() => await Writer.DisposeAsync().ConfigureAwait(false);
}
