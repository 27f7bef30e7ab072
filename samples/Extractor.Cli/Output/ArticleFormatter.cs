using Extractor.Cli.CommandLine;

namespace Extractor.Cli.Output;

/// <summary>Renders one article in the format asked for, ending with exactly one newline.</summary>
internal static class ArticleFormatter
{
    public static string Format(Article article, OutputFormat format)
    {
        string text = format switch
        {
            OutputFormat.Json => article.ToJson(indented: true),
            OutputFormat.Text => article.Text,
            OutputFormat.Html => article.ToHtml(),
            _ => article.ToMarkdown(),
        };
        return text.TrimEnd('\n', '\r') + "\n";
    }
}
