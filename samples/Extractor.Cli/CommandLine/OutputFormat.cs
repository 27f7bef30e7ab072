namespace Extractor.Cli.CommandLine;

/// <summary>The output formats of <c>--format</c>.</summary>
internal enum OutputFormat
{
    Markdown,
    Json,
    Text,
    Html,
}
