using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Extractor.Cli.CommandLine;

/// <summary>The standard help, followed by the exit codes, the batch record shapes and examples.</summary>
internal sealed class HelpWithNotes : SynchronousCommandLineAction
{
    private const string Notes = """
        Output:
          One input: the article in --format (default markdown). A batch (--input-list, or several INPUTs):
          JSON Lines, one record per input in input order: the article object with "input" added, or
          {"input": "...", "error": {"kind": "...", "message": "...", "status": 503}} ("status" only after an HTTP
          response). Error kinds: invalid-input, not-found, network, timeout, http-status, too-many-redirects,
          too-large, not-html, no-article, too-complex. Failures are also reported on standard error, one line
          each; in a batch, a progress bar (when standard error is a terminal) and a summary follow.

        Exit codes:
          0  every input succeeded
          1  at least one input failed (the others are still written)
          2  usage error (unknown option or format, bad value, unreadable --input-list, unwritable --output)

        Examples:
          extractor                                  the bundled sample article, as Markdown
          extractor https://example.com/news/story   one page from the web
          extractor page.html --format json          a saved page as JSON
          curl -s https://example.com/a | extractor - --format text
          extractor --input-list urls.txt --output articles.jsonl --concurrency 8
        """;

    private readonly HelpAction standard;

    public HelpWithNotes(HelpAction standard)
    {
        this.standard = standard;
    }

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        standard.Invoke(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(Notes);
        return 0;
    }

    /// <summary>Puts the notes behind the command's <c>--help</c>.</summary>
    public static void Attach(Command root)
    {
        HelpOption help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithNotes((HelpAction)help.Action!);
    }
}
