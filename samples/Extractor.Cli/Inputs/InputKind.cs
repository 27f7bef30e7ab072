namespace Extractor.Cli.Inputs;

/// <summary>What an INPUT names.</summary>
internal enum InputKind
{
    /// <summary>No INPUT: the sample page bundled in the app.</summary>
    Seed,

    /// <summary><c>-</c>: standard input.</summary>
    StandardInput,

    /// <summary>An http or https URL.</summary>
    Url,

    /// <summary>A path to a file (which may not exist).</summary>
    File,

    /// <summary>Neither a URL nor a file: the input is reported as invalid.</summary>
    Invalid,
}
