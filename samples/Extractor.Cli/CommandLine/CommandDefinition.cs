using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace Extractor.Cli.CommandLine;

/// <summary>The <c>extractor</c> command line: every argument and option, their help, defaults and checks.</summary>
internal sealed class CommandDefinition
{
    public CommandDefinition()
    {
        Inputs = new Argument<string[]>("INPUT")
        {
            Description = "An http(s) URL, a path to an HTML file, or - for standard input. "
                + "None (and no --input-list): extract the sample page bundled in the app.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        Format = new Option<OutputFormat?>("--format", "-f")
        {
            Description = "Output format. Default: markdown for one input, json (JSON Lines, one record per input) for a batch.",
            HelpName = "json|markdown|text|html",
            CustomParser = ValueParsers.Format,
        };
        Output = new Option<string?>("--output", "-o")
        {
            Description = "Write the output to FILE instead of standard output.",
            HelpName = "FILE",
        };
        InputList = new Option<string?>("--input-list", "-i")
        {
            Description = "Read inputs from FILE (- for standard input), one per line; blank lines are skipped. "
                + "Writes JSON Lines: one record per input line, in input order.",
            HelpName = "FILE",
        };
        Concurrency = new Option<int?>("--concurrency", "-c")
        {
            Description = "Inputs processed at once in a batch (1 to 256). Default: the processor count for local pages; "
                + "4 times that, at least 8, when the batch has URLs (fetches mostly wait).",
            HelpName = "N",
            CustomParser = r => ValueParsers.Integer(r, 1, 256),
        };
        Timeout = new Option<double>("--timeout")
        {
            Description = "The most one input may take, in seconds, fetch and extraction together.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => new ExtractorOptions().Timeout.TotalSeconds,
            CustomParser = ValueParsers.Seconds,
        };
        Retries = new Option<int>("--retries")
        {
            Description = "Retries after the first attempt on transient failures (0 to 10).",
            HelpName = "N",
            DefaultValueFactory = _ => new ExtractorOptions().MaxRetries,
            CustomParser = r => ValueParsers.Integer(r, 0, 10),
        };
        MaxBytes = new Option<long>("--max-bytes")
        {
            Description = "The largest page accepted, response body or file, in bytes; suffixes K, M, G allowed (e.g. 4M).",
            HelpName = "N",
            DefaultValueFactory = _ => new ExtractorOptions().MaxResponseBytes,
            CustomParser = ValueParsers.Size,
        };
        UserAgent = new Option<string>("--user-agent")
        {
            Description = "The User-Agent header sent with every request.",
            HelpName = "TEXT",
            DefaultValueFactory = _ => ExtractorOptions.DefaultUserAgent,
            CustomParser = ValueParsers.NonEmpty,
        };
        Quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No progress bar and no summary; failures are still reported on standard error.",
        };

        // A named command rather than RootCommand, whose name would follow the executable (Extractor.Cli under dotnet).
        Root = new Command("extractor", "Extracts news articles from web pages: URLs, HTML files, standard input, or lists of them.")
        {
            Inputs, Format, Output, InputList, Concurrency, Timeout, Retries, MaxBytes, UserAgent, Quiet,
            new HelpOption(), new VersionOption(),
        };
        Root.Validators.Add(CheckCombination);
    }

    public Command Root { get; }

    public Argument<string[]> Inputs { get; }

    public Option<OutputFormat?> Format { get; }

    public Option<string?> Output { get; }

    public Option<string?> InputList { get; }

    public Option<int?> Concurrency { get; }

    public Option<double> Timeout { get; }

    public Option<int> Retries { get; }

    public Option<long> MaxBytes { get; }

    public Option<string> UserAgent { get; }

    public Option<bool> Quiet { get; }

    /// <summary>The usage errors of a parse result, one line each: the parser's own, and INPUTs that look like
    /// unknown options (the parser takes any token it does not know as an INPUT).</summary>
    public static IEnumerable<string> UsageErrors(ParseResult result)
    {
        foreach (ParseError error in result.Errors)
        {
            yield return string.Join(' ', error.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        foreach (Token token in result.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash))
        {
            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-' && result.Errors.Count == 0)
            {
                yield return $"Unknown option '{token.Value}' (to name a file that starts with -, put -- before it).";
            }
        }
    }

    /// <summary>Turns a parse result without errors into settings.</summary>
    public CliSettings Bind(ParseResult result)
    {
        var timeout = TimeSpan.FromSeconds(result.GetValue(Timeout));
        var options = new ExtractorOptions
        {
            // --timeout covers fetch and extraction together: each part may use all of it, and the run cancels the
            // input once the whole has run out (see InputProcessor).
            Timeout = timeout,
            ExtractionTimeout = timeout,
            MaxRetries = result.GetValue(Retries),
            MaxResponseBytes = result.GetValue(MaxBytes),
            UserAgent = result.GetValue(UserAgent)!,
        };
        if (options.AttemptTimeout > timeout)
        {
            options.AttemptTimeout = timeout;
        }

        return new CliSettings
        {
            Inputs = result.GetValue(Inputs) ?? [],
            InputList = result.GetValue(InputList),
            Format = result.GetValue(Format),
            OutputFile = result.GetValue(Output),
            Concurrency = result.GetValue(Concurrency),
            Quiet = result.GetValue(Quiet),
            Timeout = timeout,
            ExtractorOptions = options,
        };
    }

    private void CheckCombination(CommandResult result)
    {
        if (result.GetValue(InputList) is not null && result.GetValue(Format) is { } format && format != OutputFormat.Json)
        {
            result.AddError($"--input-list writes JSON Lines; --format {format.ToString().ToLowerInvariant()} is not available for it.");
        }
    }
}
