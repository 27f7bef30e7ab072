using System.CommandLine;
using System.CommandLine.Invocation;
using Extractor.Cli.CommandLine;
using Extractor.Cli.Progress;
using Extractor.Cli.Running;

// The extractor command: parse the command line (usage errors → exit 2), then run the extraction.
var definition = new CommandDefinition();
HelpWithNotes.Attach(definition.Root);
ParseResult parsed = definition.Root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
using var diagnostics = new Diagnostics();
if (parsed.Action is { } action && action is not ParseErrorAction)
{
    return parsed.Invoke(); // --help, --version
}

List<string> usageErrors = [.. CommandDefinition.UsageErrors(parsed)];
if (usageErrors.Count > 0)
{
    usageErrors.ForEach(diagnostics.Line);
    Console.Error.WriteLine("Run 'extractor --help' for usage.");
    return ExtractionRun.UsageError;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops the run cleanly (records already written stay complete); a second one kills it.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

return await ExtractionRun.RunAsync(definition.Bind(parsed), diagnostics, cancellation.Token);
