using Extractor.Cli.CommandLine;
using Extractor.Cli.Inputs;
using Extractor.Cli.Output;
using Extractor.Cli.Progress;

namespace Extractor.Cli.Running;

/// <summary>One run of the command: resolves the inputs, extracts them (in a batch, concurrently, written in
/// input order), reports failures and progress, and returns the exit code.</summary>
internal static class ExtractionRun
{
    public const int Success = 0;
    public const int SomeFailed = 1;
    public const int UsageError = 2;
    public const int Cancelled = 130;

    public static async Task<int> RunAsync(CliSettings settings, Diagnostics diagnostics, CancellationToken cancellationToken)
    {
        var reader = new PageReader();
        List<string> texts = [.. settings.Inputs];
        if (settings.InputList is { } list)
        {
            try
            {
                texts.AddRange(await InputListReader.ReadAsync(list, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Line($"cannot read --input-list {list}: {e.Message}");
                return UsageError;
            }

            if (list == "-")
            {
                reader.MarkStandardInputUsed();
            }
        }

        InputSource[] inputs = settings.IsBatch ? [.. texts.Select(InputResolver.Resolve)]
            : [texts.Count == 0 ? InputResolver.Seed : InputResolver.Resolve(texts[0])];
        OutputFormat format = settings.Format ?? (settings.IsBatch ? OutputFormat.Json : OutputFormat.Markdown);

        OutputTarget output;
        try
        {
            output = OutputTarget.Open(settings.OutputFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Line($"cannot write --output {settings.OutputFile}: {e.Message}");
            return UsageError;
        }

        await using (output.ConfigureAwait(false))
        {
            using var extractor = new ArticleExtractor(settings.ExtractorOptions);
            var processor = new InputProcessor(extractor, reader, settings.Timeout);
            var writer = new ResultWriter(output, diagnostics, jsonLines: settings.IsBatch && format == OutputFormat.Json, format);
            var tally = new RunTally(inputs.Length);
            if (settings.IsBatch && !settings.Quiet && Diagnostics.IsTerminal)
            {
                diagnostics.StartProgress(tally);
            }

            try
            {
                await OrderedPipeline.RunAsync(
                    inputs.Length,
                    settings.IsBatch ? settings.ConcurrencyFor(inputs.Any(i => i.Kind == InputKind.Url)) : 1,
                    async (i, token) =>
                    {
                        Outcome outcome = await processor.ProcessAsync(inputs[i], token).ConfigureAwait(false);
                        tally.Record(outcome);
                        return (outcome, writer.Render(outcome));
                    },
                    result => writer.WriteAsync(result.outcome, result.Item2),
                    writer.FlushAsync,
                    cancellationToken).ConfigureAwait(false);
                await writer.FlushAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await writer.FlushAsync().ConfigureAwait(false);
                diagnostics.StopProgress();
                diagnostics.Line($"cancelled after {tally.Completed} of {inputs.Length} inputs.");
                return Cancelled;
            }

            diagnostics.StopProgress();
            if (settings.IsBatch && !settings.Quiet)
            {
                diagnostics.Line(tally.Summary());
            }

            return tally.Failed > 0 ? SomeFailed : Success;
        }
    }
}
