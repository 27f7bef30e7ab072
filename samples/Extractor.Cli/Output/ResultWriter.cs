using Extractor.Cli.CommandLine;
using Extractor.Cli.Progress;
using Extractor.Cli.Running;

namespace Extractor.Cli.Output;

/// <summary>Writes results in order: JSON Lines records for a batch, or the articles in the chosen format;
/// each failure also becomes one line on standard error.</summary>
internal sealed class ResultWriter
{
    private readonly OutputTarget output;
    private readonly Diagnostics diagnostics;
    private readonly bool jsonLines;
    private readonly OutputFormat format;
    private bool wroteArticle;

    public ResultWriter(OutputTarget output, Diagnostics diagnostics, bool jsonLines, OutputFormat format)
    {
        this.output = output;
        this.diagnostics = diagnostics;
        this.jsonLines = jsonLines;
        this.format = format;
    }

    /// <summary>Renders an outcome to the text written for it (null: nothing); thread-safe, so workers call it.</summary>
    public string? Render(Outcome outcome) => jsonLines
        ? RecordSerializer.Serialize(outcome) + "\n"
        : outcome.Article is { } article ? ArticleFormatter.Format(article, format) : null;

    public async ValueTask WriteAsync(Outcome outcome, string? text)
    {
        if (outcome.Failure is { } failure)
        {
            diagnostics.Line(failure.Describe(outcome.Input));
        }

        if (text is null)
        {
            return;
        }

        if (!jsonLines && wroteArticle)
        {
            text = "\n" + text;
        }

        wroteArticle = true;
        if (output.IsTerminal)
        {
            diagnostics.Above(() =>
            {
                output.Writer.Write(text);
                output.Writer.Flush();
            });
        }
        else
        {
            await output.Writer.WriteAsync(text).ConfigureAwait(false);
        }
    }

    public async ValueTask FlushAsync() => await output.Writer.FlushAsync().ConfigureAwait(false);
}
