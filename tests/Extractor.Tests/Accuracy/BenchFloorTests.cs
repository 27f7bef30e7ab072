using System.Globalization;
using System.Text.Json;
using Extractor.Accuracy.Scoring;
using Extractor.Tests.Golden;
using Xunit.Abstractions;

namespace Extractor.Tests.Accuracy;

/// <summary>
/// The accuracy regression floor: when the benchmark folder is present (<c>../shared/bench</c> from the repository
/// root, or <c>EXTRACTOR_BENCH</c>), the extractor runs over every page in-process, is scored with the benchmark's
/// shingle metric, and must reach the scores recorded in <c>floor.json</c>. Without the benchmark it is skipped.
/// </summary>
public sealed class BenchFloorTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Extractor_scores_at_least_the_recorded_floor_on_the_benchmark()
    {
        string? bench = BenchFolder();
        Skip.If(bench is null, "The benchmark folder (../shared/bench from the repository root, or $EXTRACTOR_BENCH) is absent; the accuracy floor is not checked.");

        var pages = BenchPage.LoadAll(bench!);
        Assert.NotEmpty(pages);
        using var extractor = new ArticleExtractor();
        var scores = new List<PageScore>(pages.Count);
        foreach (var page in pages)
        {
            string body;
            try
            {
                body = extractor.Extract(page.Html, new Uri(page.Url)).Text;
            }
            catch (ExtractionException)
            {
                body = "";
            }

            scores.Add(ShingleMetric.Score(page.TruthBody, body));
        }

        var score = ShingleMetric.Aggregate(scores);
        var floor = Floor();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pages.Count} pages: F1 {score.F1:0.0000} P {score.Precision:0.0000} R {score.Recall:0.0000} exact {score.Exact:0.0000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"floor:     F1 {floor.F1:0.0000} P {floor.Precision:0.0000} R {floor.Recall:0.0000} exact {floor.Exact:0.0000}"));
        Assert.True(score.F1 >= floor.F1, $"F1 {score.F1:0.0000} is below the floor {floor.F1}");
        Assert.True(score.Precision >= floor.Precision, $"Precision {score.Precision:0.0000} is below the floor {floor.Precision}");
        Assert.True(score.Recall >= floor.Recall, $"Recall {score.Recall:0.0000} is below the floor {floor.Recall}");
        Assert.True(score.Exact >= floor.Exact, $"Exact share {score.Exact:0.0000} is below the floor {floor.Exact}");
    }

    private static string? BenchFolder()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("EXTRACTOR_BENCH");
        string candidate = string.IsNullOrEmpty(fromEnvironment) ? Path.Combine(RepositoryPaths.Root, "..", "shared", "bench") : fromEnvironment;
        return Directory.Exists(Path.Combine(BenchPage.DataFolder(candidate), "truth")) ? candidate : null;
    }

    private static CorpusScore Floor()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.TestSource("Accuracy", "floor.json")));
        var r = doc.RootElement;
        return new CorpusScore(r.GetProperty("f1").GetDouble(), r.GetProperty("precision").GetDouble(), r.GetProperty("recall").GetDouble(), r.GetProperty("exact").GetDouble(), 0);
    }
}
