using Extractor;
using Extractor.Accuracy;
using Extractor.Accuracy.Scoring;

var options = RunnerOptions.Parse(args, out string? error);
if (options is null)
{
    if (!string.IsNullOrEmpty(error))
    {
        Console.Error.WriteLine("accuracy: " + error);
    }

    Console.Error.WriteLine(RunnerOptions.Usage);
    return error == "" ? 0 : 2;
}

var pages = BenchPage.LoadAll(options.Bench, options.Ids);
Console.Error.WriteLine($"accuracy: {pages.Count} pages from {options.Bench}; predictions in {options.Out}");
Directory.CreateDirectory(options.Out);

using var extractor = new ArticleExtractor();
var tools = new List<Tool>();
if (options.Tools.Contains("extractor"))
{
    tools.Add(Tools.Ours(extractor));
}

if (options.Tools.Contains("smartreader"))
{
    tools.Add(Tools.SmartReader());
}

var results = new List<(Tool Tool, Dictionary<string, ToolAnswer> Answers, double Seconds)>();
foreach (var tool in tools)
{
    var answers = ToolRun.Run(tool, pages, options.Out, options.Warmup);
    double seconds = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(options.Out, tool.Name, "TIMING.json"))).RootElement.GetProperty("seconds").GetDouble();
    results.Add((tool, answers, seconds));
}

Console.WriteLine("Body (C# port of the metric):");
foreach (var (tool, answers, seconds) in results)
{
    Reports.Body(tool.Name, pages, answers, seconds);
}

if (options.Python && options.Ids is null)
{
    Console.WriteLine();
    Console.WriteLine("Body (score.py):");
    Reports.Python(options.Bench, results.Select(r => Path.Combine(options.Out, r.Tool.Name)));
}

Console.WriteLine();
Console.WriteLine("Metadata (normalised exact match; truth null: null or a value the page carries counts as right):");
var pageTexts = pages.ToDictionary(p => p.Id, p => MetadataScorer.PageText(p.Html), StringComparer.Ordinal);
foreach (var (tool, answers, _) in results)
{
    Reports.Metadata(tool.Name, pages, answers, pageTexts);
}

var ours = results.Find(r => r.Tool.Name == "extractor");
if (ours.Answers is not null)
{
    Reports.WritePerPage(Path.Combine(options.Out, "extractor-pages.tsv"), pages, ours.Answers);
    Reports.WriteMetadata(Path.Combine(options.Out, "extractor-metadata.tsv"), pages, ours.Answers, pageTexts);
    if (options.Worst > 0)
    {
        Console.WriteLine();
        Console.WriteLine($"Worst {options.Worst} pages of the extractor (text missed from the truth, text added to it):");
        Reports.Worst(options.Worst, pages, ours.Answers);
    }
}

return 0;
