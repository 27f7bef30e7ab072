namespace Extractor.Cli.Running;

/// <summary>What became of one input: an article or a failure.</summary>
internal sealed record Outcome(string Input, Article? Article, Failure? Failure)
{
    public bool Succeeded => Article is not null;
}
