using System.Diagnostics;
using System.Globalization;
using Extractor.Accuracy.Scoring;

namespace Extractor.Accuracy;

/// <summary>The printed reports: body scores (C# port and score.py), metadata rates, the worst pages.</summary>
internal static class Reports
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Body(string tool, IReadOnlyList<BenchPage> pages, Dictionary<string, ToolAnswer> answers, double seconds)
    {
        var scores = pages.Select(p => ShingleMetric.Score(p.TruthBody, answers[p.Id].Body)).ToList();
        var c = ShingleMetric.Aggregate(scores);
        int failed = answers.Values.Count(a => a.Error is not null);
        Console.WriteLine(string.Create(Inv, $"{tool,-14} F1 {c.F1:0.000}  P {c.Precision:0.000}  R {c.Recall:0.000}  exact {c.Exact:0.000}  pages {c.Pages}  failed {failed}  {pages.Count / seconds:0.0} pages/s"));
    }

    public static void Metadata(string tool, IReadOnlyList<BenchPage> pages, Dictionary<string, ToolAnswer> answers, Dictionary<string, string> pageTexts)
    {
        int title = 0, author = 0, date = 0;
        int authorKnown = 0, authorKnownOk = 0, dateKnown = 0, dateKnownOk = 0;
        foreach (var p in pages)
        {
            var a = answers[p.Id];
            string text = pageTexts[p.Id];
            title += MetadataScorer.TitleMatches(p.Title, a.Title, text) ? 1 : 0;
            bool au = MetadataScorer.AuthorMatches(p.Author, a.Authors, text);
            bool da = MetadataScorer.DateMatches(p.PublishDate, a.Published, p.Html, text);
            author += au ? 1 : 0;
            date += da ? 1 : 0;
            if (p.Author is not null)
            {
                authorKnown++;
                authorKnownOk += au ? 1 : 0;
            }

            if (p.PublishDate is not null)
            {
                dateKnown++;
                dateKnownOk += da ? 1 : 0;
            }
        }

        double n = pages.Count;
        Console.WriteLine(string.Create(Inv, $"{tool,-14} title {title / n:0.000}  author {author / n:0.000} (where known {Rate(authorKnownOk, authorKnown)})  publishDate {date / n:0.000} (where known {Rate(dateKnownOk, dateKnown)})"));
    }

    public static void Worst(int count, IReadOnlyList<BenchPage> pages, Dictionary<string, ToolAnswer> answers)
    {
        var ranked = pages
            .Select(p => (Page: p, Score: ShingleMetric.Score(p.TruthBody, answers[p.Id].Body)))
            .OrderBy(x => x.Score.F1)
            .ThenBy(x => x.Page.Id, StringComparer.Ordinal)
            .Take(count);
        foreach (var (page, score) in ranked)
        {
            var a = answers[page.Id];
            Console.WriteLine();
            Console.WriteLine(string.Create(Inv, $"== {page.Id}  F1 {score.F1:0.000}  P {score.Precision:0.000}  R {score.Recall:0.000}  {page.Url}{(a.Error is null ? "" : "  error " + a.Error)}"));
            var (missed, added) = TextDiff.Compare(page.TruthBody, a.Body);
            Print("missed", missed);
            Print("added ", added);
        }
    }

    public static void WritePerPage(string path, IReadOnlyList<BenchPage> pages, Dictionary<string, ToolAnswer> answers)
    {
        using var w = new StreamWriter(path);
        w.WriteLine("id\tprecision\trecall\tf1\texact");
        foreach (var p in pages)
        {
            var s = ShingleMetric.Score(p.TruthBody, answers[p.Id].Body);
            w.WriteLine(string.Create(Inv, $"{p.Id}\t{s.Precision:0.0000}\t{s.Recall:0.0000}\t{s.F1:0.0000}\t{(s.Exact ? 1 : 0)}"));
        }
    }

    /// <summary>
    /// One line per page with the truth and our answer for title, author and publish date, and whether each matched
    /// (1/0), as the metadata rates count them: the material for metadata error analysis.
    /// </summary>
    public static void WriteMetadata(string path, IReadOnlyList<BenchPage> pages, Dictionary<string, ToolAnswer> answers, Dictionary<string, string> pageTexts)
    {
        using var w = new StreamWriter(path);
        w.WriteLine("id	title_ok	title_truth	title_ours	author_ok	author_truth	author_ours	date_ok	date_truth	date_ours");
        foreach (var p in pages)
        {
            var a = answers[p.Id];
            string text = pageTexts[p.Id];
            bool title = MetadataScorer.TitleMatches(p.Title, a.Title, text);
            bool author = MetadataScorer.AuthorMatches(p.Author, a.Authors, text);
            bool date = MetadataScorer.DateMatches(p.PublishDate, a.Published, p.Html, text);
            string ours = a.Authors.Count == 0 ? "" : string.Join("; ", a.Authors);
            string day = a.Published?.ToString("yyyy-MM-dd'T'HH:mmzzz", Inv) ?? "";
            w.WriteLine(string.Join('\t', p.Id, Ok(title), Cell(p.Title), Cell(a.Title), Ok(author), Cell(p.Author), Cell(ours), Ok(date), Cell(p.PublishDate), day));
        }
    }

    public static void Python(string bench, IEnumerable<string> predDirs)
    {
        string script = Path.Combine(bench, "score.py");
        if (!File.Exists(script))
        {
            script = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(BenchPage.DataFolder(bench)))!, "score.py");
        }

        if (!File.Exists(script))
        {
            Console.WriteLine("(score.py not found next to the benchmark; only the C# port printed)");
            return;
        }

        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("--truth");
        start.ArgumentList.Add(Path.Combine(BenchPage.DataFolder(bench), "truth"));
        foreach (string d in predDirs)
        {
            start.ArgumentList.Add(d);
        }

        try
        {
            using var process = Process.Start(start)!;
            Console.Write(process.StandardOutput.ReadToEnd());
            process.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.WriteLine("(python3 could not be started: " + e.Message + ")");
        }
    }

    private static string Ok(bool ok) => ok ? "1" : "0";

    /// <summary>A value as one TSV cell: tabs and line breaks become spaces; null is empty.</summary>
    private static string Cell(string? value) => value is null ? "" : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static string Rate(int ok, int total) => total == 0 ? "n/a" : string.Create(Inv, $"{(double)ok / total:0.000} of {total}");

    private static void Print(string label, List<string> runs)
    {
        int shown = 0;
        foreach (string run in runs.OrderByDescending(r => r.Length).Take(6))
        {
            Console.WriteLine($"  {label}: {(run.Length > 240 ? run[..240] + " …" : run)}");
            shown++;
        }

        if (runs.Count > shown)
        {
            Console.WriteLine($"  {label}: (+{runs.Count - shown} shorter runs)");
        }
    }
}
