using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Extractor.Benchmarks.Pages;

namespace Extractor.Benchmarks.Stages;

/// <summary>
/// <c>stages --bench DIR [--pages ID,ID] [BenchmarkDotNet arguments]</c>: the per-stage BenchmarkDotNet suite.
/// Without <c>--pages</c>, five pages at the 10th..90th size percentiles. Without <c>--job</c>, a short run.
/// </summary>
internal static class StagesCommand
{
    public static int Run(string[] args)
    {
        var rest = new List<string>();
        string? folder = Environment.GetEnvironmentVariable(PageFolder.EnvironmentVariable);
        string? pages = Environment.GetEnvironmentVariable(BenchmarkPages.IdsVariable);
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--bench" when i + 1 < args.Length:
                    folder = args[++i];
                    break;
                case "--pages" when i + 1 < args.Length:
                    pages = args[++i];
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (folder is null)
        {
            Console.Error.WriteLine($"stages: give the pages folder with --bench DIR or {PageFolder.EnvironmentVariable}.");
            return 2;
        }

        string htmlFolder = PageFolder.ResolveHtmlFolder(folder);
        pages ??= string.Join(',', BenchmarkPages.ChooseRepresentative(htmlFolder));
        Environment.SetEnvironmentVariable(PageFolder.EnvironmentVariable, htmlFolder);
        Environment.SetEnvironmentVariable(BenchmarkPages.IdsVariable, pages);
        Console.Error.WriteLine($"stages: pages {pages} from {htmlFolder}");

        if (!rest.Contains("--filter"))
        {
            rest.AddRange(["--filter", "*"]);
        }

        IConfig config = DefaultConfig.Instance;
        if (!rest.Contains("--job") && !rest.Contains("-j"))
        {
            config = config.AddJob(Job.ShortRun);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(StagesCommand).Assembly).Run([.. rest], config);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
