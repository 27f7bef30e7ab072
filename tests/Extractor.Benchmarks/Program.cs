using Extractor.Benchmarks;
using Extractor.Benchmarks.Stages;
using Extractor.Benchmarks.Throughput;

// Extractor.Benchmarks: stage costs (BenchmarkDotNet) and the throughput runner. See README "Performance".
const string Usage = """
    usage: Extractor.Benchmarks throughput --bench DIR [--tools ours,smartreader,parse-only] [--runs N]
                                           [--warmup N] [--limit N] [--core N] [--stages] [--interleaved] [--repeat N]
           Extractor.Benchmarks dump --bench DIR --out DIR   (every page's article JSON, to diff two builds)
           Extractor.Benchmarks stages --bench DIR [--pages ID,ID] [BenchmarkDotNet options, e.g. --job short]
    DIR: the benchmark folder (holding wcxb-dev/html/*.html.gz), or a folder of *.html[.gz] pages;
         EXTRACTOR_BENCH may give it instead.
    """;

try
{
    return args.FirstOrDefault() switch
    {
        "throughput" => ThroughputCommand.Run(args[1..]),
        "throughput-one" => ThroughputCommand.RunOne(args[1..]),
        "stages" => StagesCommand.Run(args[1..]),
        "dump" => DumpCommand.Run(args[1..]),
        _ => Fail(Usage),
    };
}
catch (Exception e) when (e is ArgumentException or DirectoryNotFoundException or FormatException)
{
    return Fail(e.Message + Environment.NewLine + Usage);
}

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
