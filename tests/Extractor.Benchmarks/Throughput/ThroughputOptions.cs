namespace Extractor.Benchmarks.Throughput;

/// <summary>The throughput runner's command line.</summary>
internal sealed class ThroughputOptions
{
    public string? Folder { get; private set; } = Environment.GetEnvironmentVariable(Pages.PageFolder.EnvironmentVariable);

    public IReadOnlyList<string> Tools { get; private set; } = Throughput.Tools.All;

    public int Runs { get; private set; } = 1;

    /// <summary>Pages run in each warm-up pass before the timed pass; by default all of them.</summary>
    public int WarmupPages { get; private set; } = int.MaxValue;

    /// <summary>
    /// Warm-up passes before the timed pass. The JIT's tiered compilation needs a few passes over the pages to
    /// finish: our pipeline took 8.9, 3.0, 1.9, 1.7, 1.7, 1.6 ms/page over its first six passes (a bare parse,
    /// with far less code, is steady after one), so one pass would time half-compiled code. Three by default.
    /// </summary>
    public int WarmupPasses { get; private set; } = 3;

    /// <summary>Only the first N pages (for a quick look); by default all.</summary>
    public int Limit { get; private set; } = int.MaxValue;

    /// <summary>Pin each measuring process to this core (as <c>taskset -c N</c> would).</summary>
    public int? Core { get; private set; }

    /// <summary>Also time our pipeline stage by stage (a separate pass after the timed one).</summary>
    public bool Stages { get; private set; }

    /// <summary>Timed passes in the measuring process; the last is reported (more samples for a profiler).</summary>
    public int Repeat { get; private set; } = 1;

    /// <summary>All tools in one process, page by page in turn, rather than each in its own process.</summary>
    public bool Interleaved { get; private set; }

    public static ThroughputOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ThroughputOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int NextInt() => int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--bench": options.Folder = Next(); break;
                case "--tools": options.Tools = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); break;
                case "--runs": options.Runs = Math.Max(1, NextInt()); break;
                case "--warmup": options.WarmupPages = Math.Max(0, NextInt()); break;
                case "--warmup-passes": options.WarmupPasses = Math.Max(0, NextInt()); break;
                case "--limit": options.Limit = Math.Max(1, NextInt()); break;
                case "--core": options.Core = NextInt(); break;
                case "--stages": options.Stages = true; break;
                case "--interleaved": options.Interleaved = true; break;
                case "--repeat": options.Repeat = Math.Max(1, NextInt()); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        if (options.Folder is null)
        {
            throw new ArgumentException($"Give the pages folder with --bench DIR or {Pages.PageFolder.EnvironmentVariable}.");
        }

        return options;
    }

    /// <summary>The arguments that hand these options on to a measuring child process.</summary>
    public IEnumerable<string> ToChildArguments(string tool)
    {
        yield return "--bench";
        yield return Folder!;
        yield return "--tools";
        yield return tool;
        yield return "--warmup";
        yield return WarmupPages.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "--warmup-passes";
        yield return WarmupPasses.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "--limit";
        yield return Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Core is { } core)
        {
            yield return "--core";
            yield return core.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (Stages)
        {
            yield return "--stages";
        }

        if (Repeat > 1)
        {
            yield return "--repeat";
            yield return Repeat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
