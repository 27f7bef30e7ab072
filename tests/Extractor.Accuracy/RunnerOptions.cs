namespace Extractor.Accuracy;

/// <summary>The runner's command line.</summary>
internal sealed class RunnerOptions
{
    public const string Usage = """
        Extractor accuracy runner: scores this extractor and SmartReader on a benchmark folder, in one run.

        dotnet run -c Release --project tests/Extractor.Accuracy -- --bench DIR [options]

        --bench DIR        the benchmark folder (html/ID.html.gz + truth/ID.json, directly or under wcxb-dev/)
        --out DIR          where predictions go: DIR/extractor/ID.json, DIR/smartreader/ID.json, TIMING.json
                           in each (default: a folder under the system temp folder)
        --tools LIST       extractor,smartreader (default both)
        --ids LIST         only these page ids (comma-separated); score.py is then skipped
        --worst N          list the N worst pages of the extractor with the text missed and added
        --warmup N         pages run untimed first for each tool, to leave JIT out of pages/s (default: every page,
                           one untimed pass; lower it for quicker runs whose pages/s then include the JIT)
        --no-python        skip score.py (the C# port of the metric still prints)
        """;

    public string Bench { get; private set; } = "";

    public string Out { get; private set; } = Path.Combine(Path.GetTempPath(), "extractor-accuracy");

    public List<string> Tools { get; private set; } = ["extractor", "smartreader"];

    public HashSet<string>? Ids { get; private set; }

    public int Worst { get; private set; }

    public int Warmup { get; private set; } = int.MaxValue;

    public bool Python { get; private set; } = true;

    public static RunnerOptions? Parse(string[] args, out string? error)
    {
        var o = new RunnerOptions();
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--bench": o.Bench = Next(); break;
                    case "--out": o.Out = Next(); break;
                    case "--tools": o.Tools = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]; break;
                    case "--ids": o.Ids = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]; break;
                    case "--worst": o.Worst = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                    case "--warmup": o.Warmup = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                    case "--no-python": o.Python = false; break;
                    case "--help" or "-h": error = ""; return null;
                    default: throw new ArgumentException($"unknown option {args[i]}");
                }
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                error = e.Message;
                return null;
            }
        }

        if (o.Bench.Length == 0 || !Directory.Exists(o.Bench))
        {
            error = "--bench DIR is required and must exist";
            return null;
        }

        if (o.Tools.Exists(t => t is not ("extractor" or "smartreader")))
        {
            error = "--tools takes extractor and/or smartreader";
            return null;
        }

        return o;
    }
}
