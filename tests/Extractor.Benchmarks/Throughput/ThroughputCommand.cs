using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Extractor.Benchmarks.Pages;

namespace Extractor.Benchmarks.Throughput;

/// <summary>
/// <c>throughput --bench DIR [--tools ours,smartreader,parse-only] [--runs N] [--warmup N] [--limit N] [--core N] [--stages]</c>.
/// Each tool of each run is measured in its own fresh process (so that its peak working set is its own), one after
/// the other, never two at once; runs interleave the tools. Prints each run's table, then medians over the runs.
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
            foreach (string tool in options.Tools)
            {
                results.Add(RunChild(options, tool));
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

        string tool = options.Tools.Single();
        var pages = PageFolder.Load(PageFolder.ResolveHtmlFolder(options.Folder!), limit: options.Limit);
        ToolPass.Collect();
        var result = ToolPass.Run(tool, pages, options.WarmupPages, options.Stages);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result, Json));
        return 0;
    }

    private static ToolResult RunChild(ThroughputOptions options, string tool)
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
        ToolResult? result = null;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(ResultPrefix, StringComparison.Ordinal))
            {
                result = JsonSerializer.Deserialize<ToolResult>(line[ResultPrefix.Length..], Json);
            }
            else
            {
                Console.Error.WriteLine(line);
            }
        }

        child.WaitForExit();
        return result ?? throw new InvalidOperationException($"The {tool} measurement exited with {child.ExitCode} and no result.");
    }
}
