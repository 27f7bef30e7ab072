using System.Globalization;
using System.Text;

namespace Extractor.Cli.Progress;

/// <summary>
/// A one-line progress bar redrawn on standard error (done, failed, rate, time left). Used only when standard
/// error is a terminal. Other lines are written above it through <see cref="WriteAbove"/>, so they never mix.
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    private const int BarWidth = 24;
    private readonly RunTally tally;
    private readonly TextWriter terminal;
    private readonly Lock gate = new();
    private readonly Timer timer;
    private bool visible;
    private bool stopped;

    public ProgressBar(RunTally tally, TextWriter terminal)
    {
        this.tally = tally;
        this.terminal = terminal;
        timer = new Timer(_ => Redraw(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(200));
    }

    /// <summary>Removes the bar, runs <paramref name="write"/> (which writes whole lines), and draws the bar again.</summary>
    public void WriteAbove(Action write)
    {
        lock (gate)
        {
            Clear();
            write();
            Draw();
        }
    }

    public void Dispose()
    {
        timer.Dispose();
        lock (gate)
        {
            Clear();
            stopped = true;
        }
    }

    private void Redraw()
    {
        lock (gate)
        {
            Draw();
        }
    }

    private void Draw()
    {
        if (stopped)
        {
            return;
        }

        terminal.Write("\r" + Render() + "\u001b[K");
        terminal.Flush();
        visible = true;
    }

    private void Clear()
    {
        if (visible)
        {
            terminal.Write("\r\u001b[K");
            terminal.Flush();
            visible = false;
        }
    }

    private string Render()
    {
        int done = tally.Completed;
        int total = Math.Max(tally.Total, 1);
        int filled = (int)((long)BarWidth * done / total);
        double rate = tally.Rate;
        var line = new StringBuilder();
        line.Append('[').Append('#', filled).Append('-', BarWidth - filled).Append("] ");
        line.Append(CultureInfo.InvariantCulture, $"{done}/{tally.Total}  failed {tally.Failed}  {rate:0.0}/s");
        if (done > 0 && done < tally.Total)
        {
            var left = TimeSpan.FromSeconds(Math.Min((tally.Total - done) / rate, 359_999));
            line.Append(CultureInfo.InvariantCulture, $"  {(int)left.TotalHours}:{left.Minutes:00}:{left.Seconds:00} left");
        }

        return line.ToString();
    }
}
