namespace Extractor.Cli.CommandLine;

/// <summary>Everything the command line asked for, parsed and checked.</summary>
internal sealed record CliSettings
{
    /// <summary>The INPUT arguments as written.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>The <c>--input-list</c> file (<c>-</c> for standard input), or null.</summary>
    public string? InputList { get; init; }

    /// <summary>The format asked for with <c>--format</c>, or null for the default.</summary>
    public OutputFormat? Format { get; init; }

    /// <summary>The <c>--output</c> file, or null for standard output.</summary>
    public string? OutputFile { get; init; }

    /// <summary>Inputs processed at once in a batch, or null for the default (see <see cref="ConcurrencyFor"/>).</summary>
    public int? Concurrency { get; init; }

    /// <summary>Whether the progress bar and the summary are suppressed.</summary>
    public bool Quiet { get; init; }

    /// <summary>The most one input may take.</summary>
    public required TimeSpan Timeout { get; init; }

    /// <summary>The library's settings (timeout, retries, size limit, User-Agent).</summary>
    public required ExtractorOptions ExtractorOptions { get; init; }

    /// <summary>Whether this run is a batch: a list, or more than one INPUT. Batches write JSON Lines by default.</summary>
    public bool IsBatch => InputList is not null || Inputs.Count > 1;

    /// <summary>The concurrency of a batch: as asked, else the processor count for local pages (CPU-bound work), or
    /// four times that, at least 8, when some inputs are URLs (fetches mostly wait on the network).</summary>
    public int ConcurrencyFor(bool hasUrls) =>
        Concurrency ?? (hasUrls ? Math.Max(8, 4 * Environment.ProcessorCount) : Environment.ProcessorCount);
}
