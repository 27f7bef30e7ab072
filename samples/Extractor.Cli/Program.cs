using Extractor;

// First version of the sample app: one input (file, URL, - or none for the bundled seed page), one format.
// The full command line of the contract (batches, options, exit codes) is issue 6.
string? input = null;
string format = "markdown";
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--format" && i + 1 < args.Length)
    {
        format = args[++i];
    }
    else
    {
        input = args[i];
    }
}

using var extractor = new ArticleExtractor();
Article article;
if (input is null)
{
    using var stream = typeof(Program).Assembly.GetManifestResourceStream("Extractor.Cli.seed.html")!;
    using var reader = new StreamReader(stream);
    article = extractor.Extract(reader.ReadToEnd());
}
else if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
{
    article = await extractor.ExtractAsync(uri);
}
else
{
    article = extractor.Extract(input == "-" ? Console.In.ReadToEnd() : File.ReadAllText(input));
}

Console.Out.Write(format switch
{
    "json" => article.ToJson() + "\n",
    "text" => article.Text + "\n",
    "html" => article.ToHtml(),
    _ => article.ToMarkdown(),
});
