using Extractor.Fuzz;

// The hostile-input harness: fuzzing targets for SharpFuzz (AFL++ and libFuzzer), the timing run over the hostile
// corpus, and the check that the guard leaves ordinary pages alone. See the "Fuzzing" section of the README.
string mode = args.Length > 0 ? args[0] : "--help";
string? argument = args.Length > 1 ? args[1] : null;
return mode switch
{
    "--afl" => FuzzTarget.RunAfl(),
    "--libfuzzer" => FuzzTarget.RunLibFuzzer(),
    "--run-once" when argument is not null => FuzzTarget.RunOnce(argument),
    "--hostile" => await HostileRunner.RunAsync(argument).ConfigureAwait(false),
    "--write-corpus" when argument is not null => HostileRunner.WriteCorpus(argument),
    "--ordinary" when argument is not null => OrdinaryPages.Check(argument),
    "--stages" when argument is not null => StageTimer.Run(argument),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Extractor.Fuzz MODE [ARG]
          --afl                  fuzz target for AFL++ (run under afl-fuzz after sharpfuzz instrumentation)
          --libfuzzer            fuzz target for libFuzzer (run through libfuzzer-dotnet)
          --run-once FILE        run the fuzz target on one file (to replay a crash)
          --hostile [CORPUS]     time every hostile case (CORPUS: the checked-in folder; default: found from here)
          --write-corpus DIR     write every hostile case to DIR (for the command-line measurement)
          --ordinary BENCH_DIR   check that the guard changes none of the pages in BENCH_DIR (*.html or *.html.gz)
          --stages FILE          time each stage of the extraction on one file
        """);
    return 2;
}
