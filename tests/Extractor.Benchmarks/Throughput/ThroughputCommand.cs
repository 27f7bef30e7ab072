using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Extractor.Benchmarks.Pages;

namespace Extractor.Benchmarks.Throughput;

/// <summary>
/// <c>throughput --bench DIR [--tools ours,smartreader,parse-only] [--runs N] [--warmup N] [--warmup-passes N] [--limit N] [--core N] [--stages] [--interleaved]</c>.
/// Each tool of each run is measured in its own fresh process (so that its peak working set is its own), one after
/// the other, never two at once. With <c>--interleaved</c>, one process runs every tool on each page in turn
/// (steadier ratios on a loaded machine; the peak memory is then shared). Prints each run's table, then medians.
/// </summary>
internal static class ThroughputCommand
{
    private const string ResultPrefix = "RESULT ";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static int Run(string[] args)
    {
        var options = ThroughputOptions.Parse(args);
        Console.WriteLine(ResultTable.Machine());
        var runs = new List<IReadOnlyList<ToolResult>>();
        for (int run = 1; run <= options.Runs; run++)
        {
            var results = new List<ToolResult>();
            if (options.Interleaved)
            {
                results.AddRange(RunChild(options, string.Join(',', options.Tools)));
            }
            else
            {
                foreach (string tool in options.Tools)
                {
                    results.AddRange(RunChild(options, tool));
                }
            }

            runs.Add(results);
            Console.WriteLine();
            Console.WriteLine($"Run {run} of {options.Runs}:");
            ResultTable.Print(results);
        }

        if (runs.Count > 1)
        {
            Console.WriteLine();
            Console.WriteLine($"Medians over {runs.Count} runs:");
            ResultTable.PrintMedians(runs);
        }

        return 0;
    }

    /// <summary>The measuring process: loads the pages, times one tool, prints one result line.</summary>
    public static int RunOne(string[] args)
    {
        var options = ThroughputOptions.Parse(args);
        if (options.Core is { } core && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
        {
            using var process = Process.GetCurrentProcess();
            process.ProcessorAffinity = (nint)(1L << core);
        }

        var pages = PageFolder.Load(PageFolder.ResolveHtmlFolder(options.Folder!), limit: options.Limit);
        ToolPass.Collect();
        for (int pass = 1; pass < options.Repeat; pass++)
        {
            ToolPass.Run(options.Tools, pages, pass == 1 ? options.WarmupPages : 0, pass == 1 ? options.WarmupPasses : 0, stages: false);
        }

        foreach (var result in ToolPass.Run(options.Tools, pages, options.Repeat == 1 ? options.WarmupPages : 0, options.Repeat == 1 ? options.WarmupPasses : 0, options.Stages))
        {
            Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result, Json));
        }

        return 0;
    }

    private static List<ToolResult> RunChild(ThroughputOptions options, string tool)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        start.ArgumentList.Add("throughput-one");
        foreach (string argument in options.ToChildArguments(tool))
        {
            start.ArgumentList.Add(argument);
        }

        Console.Error.WriteLine($"throughput: measuring {tool} ...");
        using var child = Process.Start(start)!;
        var results = new List<ToolResult>();
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(ResultPrefix, StringComparison.Ordinal))
            {
                results.Add(JsonSerializer.Deserialize<ToolResult>(line[ResultPrefix.Length..], Json)!);
            }
            else
            {
                Console.Error.WriteLine(line);
            }
        }

        child.WaitForExit();
        return results.Count > 0 ? results : throw new InvalidOperationException($"The {tool} measurement exited with {child.ExitCode} and no result.");
    }
}
