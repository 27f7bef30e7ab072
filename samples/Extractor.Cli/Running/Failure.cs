using System.Globalization;

namespace Extractor.Cli.Running;

/// <summary>Why one input failed: the contract's error kind, a one-line message and the last HTTP status.</summary>
internal sealed record Failure(string Kind, string Message, int? Status)
{
    public static Failure From(ExtractionException e) => new(
        e.KindName,
        OneLine(e.Message) + e.Kind switch
        {
            ExtractionErrorKind.TooLarge => " (see --max-bytes)",
            ExtractionErrorKind.Timeout => " (see --timeout)",
            _ => string.Empty,
        },
        e.StatusCode);

    public static Failure Timeout(TimeSpan limit) => new(
        ExtractionErrorKinds.ToName(ExtractionErrorKind.Timeout),
        string.Create(CultureInfo.InvariantCulture, $"Took longer than the limit of {limit.TotalSeconds:0.###} s (see --timeout)."),
        null);

    /// <summary>Any other exception: the library documents none, so this is reported, never thrown.</summary>
    public static Failure Unexpected(Exception e) => new(
        ExtractionErrorKinds.ToName(ExtractionErrorKind.InvalidInput),
        OneLine(e is ArgumentException ? e.Message : $"Unexpected error ({e.GetType().Name}): {e.Message}"),
        null);

    /// <summary>The stderr line: <c>INPUT: message [kind, HTTP 503]</c>.</summary>
    public string Describe(string input) =>
        Status is int status
            ? string.Create(CultureInfo.InvariantCulture, $"{input}: {Message} [{Kind}, HTTP {status}]")
            : $"{input}: {Message} [{Kind}]";

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
