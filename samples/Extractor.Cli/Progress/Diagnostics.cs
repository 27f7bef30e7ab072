namespace Extractor.Cli.Progress;

/// <summary>Standard error: one line per failure, the summary, and the progress bar when there is one.</summary>
internal sealed class Diagnostics : IDisposable
{
    private readonly TextWriter error = Console.Error;
    private readonly Lock gate = new();
    private ProgressBar? bar;

    /// <summary>Whether standard error is a terminal, where a progress bar can be drawn.</summary>
    public static bool IsTerminal => !Console.IsErrorRedirected;

    public void StartProgress(RunTally tally) => bar = new ProgressBar(tally, error);

    /// <summary>Writes one line (prefixed with the program's name), above the progress bar when there is one.</summary>
    public void Line(string message) => Above(() => error.WriteLine("extractor: " + message));

    /// <summary>Runs a write to standard output with the bar out of the way (when both share a terminal).</summary>
    public void Above(Action write)
    {
        if (bar is { } active)
        {
            active.WriteAbove(write);
            return;
        }

        lock (gate)
        {
            write();
        }
    }

    public void StopProgress()
    {
        bar?.Dispose();
        bar = null;
    }

    public void Dispose() => StopProgress();
}
